package eu.serviceaudit.advisor.plan;

import java.util.List;

import org.springframework.stereotype.Component;

/** Starts a plan from chosen recommendations, for callers outside this package (the demo data). */
@Component
public class PlanStarter {

	private final ActionPlanService plans;

	PlanStarter(ActionPlanService plans) {
		this.plans = plans;
	}

	public ActionPlan start(String analysisId, List<String> recommendationIds, String title) {
		return plans.create(new PlanRequests.NewPlan(analysisId, recommendationIds, title));
	}

}
