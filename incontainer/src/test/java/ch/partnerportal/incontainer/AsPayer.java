package ch.partnerportal.incontainer;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls as {@link Callers#PAYER}. */
@Stateless
@DeclareRoles("as-payer")
@RunAs("as-payer")
public class AsPayer extends RunsAs {
}
