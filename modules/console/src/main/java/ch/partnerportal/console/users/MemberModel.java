package ch.partnerportal.console.users;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.MemberView;
import ch.partnerportal.tenancy.api.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;

/** Loads one page of members at a time from the database, filtered by the page's search text. */
public class MemberModel extends LazyDataModel<MemberView> {

    private static final long serialVersionUID = 1L;

    private final UsersPage page;
    private List<MemberView> loaded = List.of();

    MemberModel(UsersPage page) {
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Page<MemberView> result = fetch(0, 1, "displayName", false);
        return (int) result.total();
    }

    @Override
    public List<MemberView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = "displayName";
        boolean descending = false;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            field = sort.getField();
            descending = sort.getOrder() == SortOrder.DESCENDING;
        }
        Page<MemberView> result = fetch(first, pageSize, field, descending);
        setRowCount((int) result.total());
        loaded = result.items();
        return loaded;
    }

    private Page<MemberView> fetch(int first, int size, String field, boolean descending) {
        try {
            return page.members(first, size, field, descending);
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
            return new Page<>(List.of(), 0);
        }
    }

    @Override
    public String getRowKey(MemberView member) {
        return member.accountId();
    }

    @Override
    public MemberView getRowData(String rowKey) {
        return loaded.stream().filter(m -> m.accountId().equals(rowKey)).findFirst().orElse(null);
    }
}
