/**
 * Services: what a paid product becomes and what its owner manages with it (issue 9; rules ORG-4,
 * ORG-6, ORG-8, IDN-2 to IDN-4). Components: {@code workspaces} (provisioning and opening a product),
 * {@code dns} (domains' zones), {@code hosting} (sites and technical credentials), {@code mail}
 * (mailboxes and their authentication), {@code drives} (kDrive), {@code chat} (kChat workspaces and
 * channels), {@code access} (effective access from people and teams), {@code secrets} (password
 * hashing and policy) and {@code usage} (the statistics simulator).
 *
 * <p>Decisions for the whole module where the rules are silent:
 * <ul>
 *   <li>Billing says what was delivered ({@code ProductDelivered}, after the payment committed); the
 *       workspace is provisioned in its own transaction. A delivery whose provisioning was missed (a
 *       stop in between, or a product bought before this module existed) is provisioned when the product
 *       is first opened, so no product stays without its workspace.</li>
 *   <li>A product's state is billing's and read at every call: a blocked product (dunning) can be looked
 *       at but not changed (SRV-403); a terminated one answers SRV-404 and its data are removed when
 *       dunning terminates products (issue 12).</li>
 *   <li>Access is decided by tenancy's decision point ({@code TenantAccess}) with the kind's permission
 *       and the action: seeing, changing (technical) and statistics are three actions, because a
 *       partner is granted the last two separately (PAR-4).</li>
 *   <li>A product id of another organization, and one of another kind, answer 404: the caller learns
 *       nothing of products that are not theirs.</li>
 *   <li>Refusals are {@link ch.partnerportal.kernel.Refusal}s with a
 *       {@link ch.partnerportal.services.api.ServicesError} (SRV-4xx), translated in en, de, fr and it.</li>
 * </ul>
 */
package ch.partnerportal.services;
