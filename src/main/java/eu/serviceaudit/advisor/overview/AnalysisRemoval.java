package eu.serviceaudit.advisor.overview;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.plan.ActionPlans;

/**
 * Deleting an analysis takes its plans with it in the same transaction, so that no plan is left pointing at
 * nothing; when something else still refers to the analysis, nothing is deleted and the user is told to archive it.
 */
@Service
class AnalysisRemoval {

	private final Analyses analyses;

	private final ActionPlans plans;

	AnalysisRemoval(Analyses analyses, ActionPlans plans) {
		this.analyses = analyses;
		this.plans = plans;
	}

	/** How many plans a delete would take with it. */
	int plansOf(String analysisId) {
		return plans.list(analysisId).size();
	}

	@Transactional(rollbackFor = StillReferencedException.class)
	void delete(String analysisId) {
		analyses.get(analysisId);
		try {
			plans.deleteByAnalysis(analysisId);
			analyses.delete(analysisId);
		}
		catch (DataIntegrityViolationException referenced) {
			throw new StillReferencedException(referenced);
		}
	}

	static class StillReferencedException extends RuntimeException {

		StillReferencedException(Throwable cause) {
			super("The analysis is still referred to", cause);
		}

	}

}
