package ch.partnerportal.services.chat.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.kernel.Slugs;
import ch.partnerportal.services.api.ServicesError;

/** What a person is in a kChat workspace: a member writes in its channels, an admin also runs the workspace. */
public enum ChatRole {
    MEMBER, ADMIN;

    public String slug() {
        return Slugs.of(this);
    }

    public static ChatRole parse(String text) throws Refusal {
        return Slugs.parse(ChatRole.class, text)
                .orElseThrow(() -> new Refusal(ServicesError.CHAT_ROLE_UNKNOWN, text == null ? "" : text));
    }
}
