package ch.partnerportal.api.bodies;

import ch.partnerportal.tenancy.api.MemberView;
import ch.partnerportal.tenancy.api.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "MemberPage", description = "One page of an organization's users and how many match in all")
public record MemberPage(@Schema(required = true) List<Member> items, @Schema(required = true) long total) {

    public static MemberPage of(Page<MemberView> page) {
        return new MemberPage(page.items().stream().map(Member::of).toList(), page.total());
    }
}
