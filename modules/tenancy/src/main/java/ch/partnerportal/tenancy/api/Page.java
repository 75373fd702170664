package ch.partnerportal.tenancy.api;

import java.util.List;

public record Page<T>(List<T> items, long total) {
}
