package eu.serviceaudit.advisor.rules.fact;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;

import org.kie.api.runtime.rule.AccumulateFunction;

import eu.serviceaudit.advisor.audit.SurveyResponse;

/**
 * The accumulate function {@code surveyTally( $response )} (DRL: {@code import accumulate ... surveyTally;}): counts
 * the matched survey responses into a {@link SurveyTally}. Sessions are built, filled and fired once, so it does not
 * reverse (a retracted response makes Drools count the rest again).
 */
public final class SurveyTallyFunction implements AccumulateFunction<SurveyTallyFunction.Responses> {

	/** The responses counted so far; never serialised (sessions are not persisted). */
	public static final class Responses implements Serializable {

		private static final long serialVersionUID = 1L;

		transient SurveyTally tally = new SurveyTally();

	}

	@Override
	public Responses createContext() {
		return new Responses();
	}

	@Override
	public void init(Responses context) {
		context.tally = new SurveyTally();
	}

	@Override
	public void accumulate(Responses context, Object value) {
		context.tally.add((SurveyResponse) value);
	}

	@Override
	public void reverse(Responses context, Object value) {
		throw new UnsupportedOperationException("surveyTally does not reverse");
	}

	@Override
	public Object getResult(Responses context) {
		return context.tally;
	}

	@Override
	public boolean supportsReverse() {
		return false;
	}

	@Override
	public Class<?> getResultType() {
		return SurveyTally.class;
	}

	@Override
	public void writeExternal(ObjectOutput out) {
	}

	@Override
	public void readExternal(ObjectInput in) {
	}

}
