package ch.partnerportal.tenancy.api;

/**
 * What the caller may do with an organization's products, whoever it is: one of its members
 * ({@link MemberRights}) or a partner's user acting for it ({@link DelegatedRights}). Facades that show
 * a list decide each entry with it; facades that act on one product ask
 * {@link TenantAccess#require(String, String, ProductAccess, ProductAction)} instead.
 */
public sealed interface CallerRights permits MemberRights, DelegatedRights {

    /**
     * @param productId the product, or null for what concerns the kind as a whole (a member's
     *                  permission is per kind; a limited grant reaches no kind as a whole)
     */
    boolean may(ProductAccess kind, String productId, ProductAction action);

    /**
     * Whether the caller may see some product, as far as it can be told without reading them: a member
     * holding no permission at all is refused its product list (TEN-124) rather than shown an empty one;
     * a partner's user sees what its grant and assignment still reach, possibly nothing.
     */
    boolean mayListProducts();
}
