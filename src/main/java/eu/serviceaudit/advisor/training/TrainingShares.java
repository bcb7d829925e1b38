package eu.serviceaudit.advisor.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.system.web.NotFoundException;

/**
 * The analyses a consultant has shared with the trainers for training: a trainer sees an analysis's client, wave and
 * weak criteria in the session builder only when it is shared.
 */
@Repository
public class TrainingShares {

	private final JdbcClient jdbc;

	private final Analyses analyses;

	TrainingShares(JdbcClient jdbc, Analyses analyses) {
		this.jdbc = jdbc;
		this.analyses = analyses;
	}

	/** Shares an analysis (again is fine); 404 for an unknown id. */
	public void share(String analysisId, String user) {
		if (analysisId == null || analyses.find(analysisId).isEmpty()) {
			throw new NotFoundException("There is no analysis with this id");
		}
		try {
			jdbc.sql("INSERT INTO training_shares (analysis_id, shared_by, shared_at) VALUES (:id, :user, :at)")
				.param("id", analysisId).param("user", user).param("at", Timestamp.from(Instant.now())).update();
		}
		catch (DuplicateKeyException alreadyShared) {
			// shared before: nothing to do
		}
	}

	public boolean isShared(String analysisId) {
		return analysisId != null && jdbc.sql("SELECT COUNT(*) FROM training_shares WHERE analysis_id = :id")
			.param("id", analysisId).query(Long.class).single() > 0;
	}

	/** The shared analyses, newest first. */
	public List<Analyses.AnalysisHeader> sharedAnalyses() {
		List<String> shared = jdbc.sql("SELECT analysis_id FROM training_shares").query(String.class).list();
		return analyses.list().stream().filter(header -> shared.contains(header.id())).toList();
	}

}
