/**
 * The partner programme (issue 10 and after; rules PAR-1 to PAR-14). Its first part is what an
 * application is made of; applications, relationships with clients, delegated roles and the partner
 * console follow, and the module joins the EAR as an EJB module with its first facade.
 *
 * <p>Decisions where the rules are silent:
 * <ul>
 *   <li>Register numbers: a Swiss UID is accepted with or without its dots and dash and with a
 *       register suffix (MWST, TVA, IVA, HR), and kept as {@code CHE-123.456.788}; its check digit is
 *       the Federal Statistical Office's modulo 11 (weights 5 4 3 2 7 6 5 4; 11 stands for 0, 10 is
 *       never issued). A SIRET is 14 digits under the Luhn check, except La Poste's establishments
 *       (SIREN 356 000 000), whose digits add up to a multiple of 5, as INSEE checks them (its head
 *       office's SIRET passes Luhn). Other countries'
 *       numbers are taken with their country and checked for their form only (letters, digits, spaces,
 *       dots, dashes and slashes, 2 to 40).</li>
 *   <li>A website is an https address on a public domain name; whether it is active is checked by the
 *       platform administrator who reviews the application, as the portal fetches nothing.</li>
 *   <li>Refusals are {@link ch.partnerportal.kernel.Refusal}s with a
 *       {@link ch.partnerportal.partner.api.PartnerError} (PRT-5xx), translated in en, de, fr and it.</li>
 * </ul>
 */
package ch.partnerportal.partner;
