package ch.partnerportal.incontainer;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls as {@link Callers#FOUNDER}. */
@Stateless
@DeclareRoles("as-founder")
@RunAs("as-founder")
public class AsFounder extends RunsAs {
}
