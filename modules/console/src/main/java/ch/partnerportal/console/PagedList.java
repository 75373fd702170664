package ch.partnerportal.console;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table that loads one page at a time from a facade and knows the total (ledger, orders, invoices,
 * credit notes, set-aside e-mails), in the order the facade lists.
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of the list, from the facade. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(int first, int size) throws Refusal;
    }

    /** What tells one row from the others (for selection and row actions). */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Loader<T> loader;
    private final Key<T> key;
    private List<T> loaded = List.of();

    public PagedList(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) fetch(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = fetch(first, pageSize);
        setRowCount((int) page.total());
        loaded = page.items();
        return loaded;
    }

    private Page<T> fetch(int first, int size) {
        try {
            return loader.load(first, size);
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
            return new Page<>(List.of(), 0);
        }
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return loaded.stream().filter(row -> Objects.equals(key.of(row), rowKey)).findFirst().orElse(null);
    }
}
