package ch.partnerportal.incontainer;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls as {@link Callers#SECOND}. */
@Stateless
@DeclareRoles("as-second")
@RunAs("as-second")
public class AsSecond extends RunsAs {
}
