/**
 * The catalog: product types, their public prices and periods, web hosting's volume tiers, and the
 * price calculation with a partner's rate (PAY-8, PAR-8). No table: the catalog is code, versioned
 * and reviewed like code; prices change with a release.
 *
 * <p>Decisions where the rules are silent:
 * <ul>
 *   <li>Prices are without VAT (VAT is added on the invoice). Periods are counted in months
 *       (PAY-8: "several months or years"): {@code .ch} domains 1 to 10 years ahead; .com domains
 *       and web hosting one year at a time; mail service, kDrive and kChat 1, 3 or 6 months or a
 *       year. A period of whole years is priced at the yearly price times the years; a period of
 *       months at the monthly price times the months, the monthly price being higher than a
 *       twelfth of the yearly one, as cloud providers sell them.</li>
 *   <li>Invented list prices (CHF / EUR per year): .ch domain 13.00 / 13.50, .com domain 16.00 /
 *       16.50, web hosting 347.20 / 359.00 (PAR-8's example), mail service 28.80 / 29.90, kDrive
 *       199.00 / 205.00, kChat 48.00 / 49.90; per month: mail service 2.70 / 2.80, kDrive 18.50 /
 *       19.00, kChat 4.50 / 4.70. Every type supports automatic renewal.</li>
 *   <li>Web hosting volume tiers, by the number of hostings the organization has, the ones being
 *       paid included: 1-9 none, 10-19 10%, 20-29 15%, 30 and more 25%. The tier reached applies
 *       to every hosting (35 hostings are all 25% cheaper, as in PAR-8's example), and every
 *       customer gets it, partner or not: it is part of the public price.</li>
 *   <li>The partner rate (0-35%, PAR-8) and the tier multiply: yearly list price, less the partner
 *       rate, rounded half up to the cent, less the tier, rounded again (the order of PAR-8's worked
 *       example). Cashback or discount = public price (tier included) - partner price.</li>
 *   <li>Domain names take no partner rate: partners have their own domain prices, which the partner
 *       module will bring.</li>
 *   <li>Which organization's hostings are counted (the client's, or all a partner pays for) is the
 *       caller's choice; the calculation takes the count.</li>
 * </ul>
 */
package ch.partnerportal.billing.catalog.entity;
