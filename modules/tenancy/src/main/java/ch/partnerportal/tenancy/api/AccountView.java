package ch.partnerportal.tenancy.api;

public record AccountView(String id, String email, String displayName, String language) {
}
