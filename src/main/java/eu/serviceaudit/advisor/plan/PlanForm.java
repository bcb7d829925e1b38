package eu.serviceaudit.advisor.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan page's edit form as the user typed it, kept when saving fails so that nothing typed is lost. Only what
 * a consultant edits: the plan title, and per item title, owner (a role or team), due date, KPI target, status and
 * note.
 */
public class PlanForm {

	private String title;

	private Integer version;

	private List<ItemForm> items = new ArrayList<>();

	/** A recommendation of the analysis to bring back into the plan (after it was removed), or blank. */
	private String restore;

	/** "index:up" or "index:down" when a move button sent the form. */
	private String move;

	static PlanForm of(ActionPlan plan) {
		PlanForm form = new PlanForm();
		form.title = plan.title();
		form.version = plan.version();
		for (ActionPlan.Item item : plan.items()) {
			ItemForm f = new ItemForm();
			f.setId(item.id());
			f.setTitle(item.title());
			// plans made before owners were named in words carry the role code: show it as not yet named
			f.setOwner(item.owner() != null && item.owner().equals(item.ownerRole()) ? null : item.owner());
			f.setDueDate(item.dueDate() == null ? "" : item.dueDate().toString());
			f.setKpiTarget(item.kpi() == null || item.kpi().target() == null ? "" : percent(item.kpi().target()));
			f.setStatus(item.status().name());
			f.setNote(item.note());
			form.items.add(f);
		}
		return form;
	}

	/** A normalised target as the whole percent the form shows (0.9 → "90"). */
	static String percent(double target) {
		return java.math.BigDecimal.valueOf(target * 100).setScale(1, java.math.RoundingMode.HALF_UP)
			.stripTrailingZeros().toPlainString();
	}

	/** The form's items with the one a move button named moved one place up or down. */
	void applyMove() {
		if (move == null || !move.matches("\\d{1,4}:(up|down)")) {
			return;
		}
		int index = Integer.parseInt(move.substring(0, move.indexOf(':')));
		int other = move.endsWith("up") ? index - 1 : index + 1;
		if (index < items.size() && other >= 0 && other < items.size()) {
			java.util.Collections.swap(items, index, other);
		}
	}

	public String getRestore() {
		return restore;
	}

	public void setRestore(String restore) {
		this.restore = restore;
	}

	public String getMove() {
		return move;
	}

	public void setMove(String move) {
		this.move = move;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public List<ItemForm> getItems() {
		return items;
	}

	public void setItems(List<ItemForm> items) {
		this.items = items;
	}

	public static class ItemForm {

		private String id;

		private String title;

		private String owner;

		private String dueDate;

		private String kpiTarget;

		private String status;

		private String note;

		private boolean remove;

		public String getId() {
			return id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getOwner() {
			return owner;
		}

		public void setOwner(String owner) {
			this.owner = owner;
		}

		public String getDueDate() {
			return dueDate;
		}

		public void setDueDate(String dueDate) {
			this.dueDate = dueDate;
		}

		public String getKpiTarget() {
			return kpiTarget;
		}

		public void setKpiTarget(String kpiTarget) {
			this.kpiTarget = kpiTarget;
		}

		public String getStatus() {
			return status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

}
