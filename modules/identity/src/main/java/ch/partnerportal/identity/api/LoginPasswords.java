package ch.partnerportal.identity.api;

/**
 * Whether a password is an account's login password, asked of the identity provider, which alone
 * knows it (IDN-1, IDN-5): the portal never stores or sees a login password beyond this one question.
 */
public interface LoginPasswords {

    /**
     * @return false also when the identity provider refuses for another reason (the account is locked
     * after too many failures, needs a second factor, or the provider cannot be reached)
     */
    boolean matches(String loginId, String password);
}
