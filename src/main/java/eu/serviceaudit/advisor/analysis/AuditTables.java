package eu.serviceaudit.advisor.analysis;

import java.sql.Date;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.Finding;
import eu.serviceaudit.advisor.audit.Observation;
import eu.serviceaudit.advisor.audit.SurveyResponse;

/** Writes the normalised copy of an audit (locations, observations, findings, responses) beside its analysis. */
@Component
class AuditTables {

	private final JdbcClient jdbc;

	AuditTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String analysisId, Audit audit) {
		for (Audit.Location location : audit.locations()) {
			jdbc.sql("INSERT INTO audit_locations (analysis_id, location_id, name) VALUES (:a, :id, :name)")
				.param("a", analysisId)
				.param("id", location.id())
				.param("name", location.name())
				.update();
		}
		List<Observation> observations = audit.observations();
		for (int i = 0; i < observations.size(); i++) {
			Observation o = observations.get(i);
			jdbc.sql("""
					INSERT INTO observations (analysis_id, observation_id, seq, method, location_id, channel, observed_on)
					VALUES (:a, :id, :seq, :method, :location, :channel, :date)""")
				.param("a", analysisId)
				.param("id", o.id())
				.param("seq", i)
				.param("method", o.method().name())
				.param("location", o.locationId())
				.param("channel", o.channel() == null ? null : o.channel().name())
				.param("date", o.date() == null ? null : Date.valueOf(o.date()))
				.update();
			insertFindings(analysisId, o);
			insertResponses(analysisId, o);
		}
	}

	private void insertFindings(String analysisId, Observation o) {
		for (int f = 0; f < o.findings().size(); f++) {
			Finding finding = o.findings().get(f);
			jdbc.sql("""
					INSERT INTO findings (analysis_id, observation_id, seq, criterion, score, min_score, max_score, comment)
					VALUES (:a, :o, :seq, :criterion, :score, :min, :max, :comment)""")
				.param("a", analysisId)
				.param("o", o.id())
				.param("seq", f)
				.param("criterion", finding.criterion())
				.param("score", finding.score())
				.param("min", finding.min())
				.param("max", finding.max())
				.param("comment", finding.comment())
				.update();
		}
	}

	private void insertResponses(String analysisId, Observation o) {
		for (int r = 0; r < o.responses().size(); r++) {
			SurveyResponse response = o.responses().get(r);
			jdbc.sql("""
					INSERT INTO survey_responses (analysis_id, observation_id, seq, recommend, satisfaction, effort, comment)
					VALUES (:a, :o, :seq, :recommend, :satisfaction, :effort, :comment)""")
				.param("a", analysisId)
				.param("o", o.id())
				.param("seq", r)
				.param("recommend", response.recommend())
				.param("satisfaction", response.satisfaction())
				.param("effort", response.effort())
				.param("comment", response.comment())
				.update();
		}
	}

}
