package ch.partnerportal.incontainer;

import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Runs what it is given as the user its subclass's run-as role is bound to. Outside any transaction,
 * so each facade call is its own, as from the API.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class RunsAs {

    public <T> T call(Callers.Call<T> call) throws Exception {
        return call.call();
    }
}
