package ch.partnerportal.services.hosting.entity;

import ch.partnerportal.kernel.Slugs;

import java.util.Optional;

/** IDN-4: the technical accounts of a web hosting, each with a password of its own. */
public enum CredentialKind {
    FTP("ftp"), SSH("ssh"), MYSQL("db"), WEBDAV("dav");

    private final String prefix;

    CredentialKind(String prefix) {
        this.prefix = prefix;
    }

    /** What its user names start with, so a name tells which service it opens. */
    public String prefix() {
        return prefix;
    }

    public String slug() {
        return Slugs.of(this);
    }

    public static Optional<CredentialKind> parse(String text) {
        return Slugs.parse(CredentialKind.class, text);
    }
}
