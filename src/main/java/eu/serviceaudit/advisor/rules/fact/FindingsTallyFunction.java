package eu.serviceaudit.advisor.rules.fact;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.kie.api.runtime.rule.AccumulateFunction;

import eu.serviceaudit.advisor.audit.Finding;

/**
 * The accumulate function {@code tally( $finding )} (DRL: {@code import accumulate ... tally;}): collects the matched
 * findings and answers their {@link FindingsTally}. Sessions are built, filled and fired once, so it does not reverse
 * (a retracted finding makes Drools tally the rest again).
 */
public final class FindingsTallyFunction implements AccumulateFunction<FindingsTallyFunction.Findings> {

	/** The findings matched so far; never serialised (sessions are not persisted). */
	public static final class Findings implements Serializable {

		private static final long serialVersionUID = 1L;

		transient List<Finding> matched = new ArrayList<>();

	}

	@Override
	public Findings createContext() {
		return new Findings();
	}

	@Override
	public void init(Findings context) {
		context.matched = new ArrayList<>();
	}

	@Override
	public void accumulate(Findings context, Object value) {
		context.matched.add((Finding) value);
	}

	@Override
	public void reverse(Findings context, Object value) {
		throw new UnsupportedOperationException("tally does not reverse");
	}

	@Override
	public Object getResult(Findings context) {
		return FindingsTally.of(context.matched);
	}

	@Override
	public boolean supportsReverse() {
		return false;
	}

	@Override
	public Class<?> getResultType() {
		return FindingsTally.class;
	}

	@Override
	public void writeExternal(ObjectOutput out) {
	}

	@Override
	public void readExternal(ObjectInput in) {
	}

}
