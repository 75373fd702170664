package ch.partnerportal.incontainer;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls as {@link Callers#FIRST}. */
@Stateless
@DeclareRoles("as-first")
@RunAs("as-first")
public class AsFirst extends RunsAs {
}
