package eu.serviceaudit.advisor.criteria;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * The criteria catalogue, read from {@code knowledge-base/criteria/criteria.csv} and the names in
 * {@code knowledge-base/criteria/<lang>.csv}.
 */
public final class CriteriaCatalogue {

	static final String CATALOGUE = "criteria/criteria.csv";

	private final Map<String, Criterion> byCode;

	public CriteriaCatalogue(Collection<Criterion> criteria) {
		Map<String, Criterion> map = new LinkedHashMap<>();
		criteria.forEach(c -> map.put(c.code(), c));
		this.byCode = map;
	}

	public static CriteriaCatalogue load(ContentFolder folder) {
		Map<String, Map<Language, Criterion.LocalizedName>> names = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			String path = "criteria/" + language.code() + ".csv";
			if (!folder.contains(path)) {
				continue;
			}
			for (CSVRecord row : parse(folder.text(path), path)) {
				names.computeIfAbsent(row.get("code"), k -> new EnumMap<>(Language.class))
					.put(language, new Criterion.LocalizedName(row.get("name"), row.get("description")));
			}
		}
		List<Criterion> criteria = parse(folder.text(CATALOGUE), CATALOGUE).stream()
			.map(row -> new Criterion(row.get("code"), row.get("dimension"), row.get("stage"),
					Boolean.parseBoolean(row.get("critical")), Scope.valueOf(row.get("scope")), row.get("meaning"),
					names.getOrDefault(row.get("code"), Map.of())))
			.toList();
		return new CriteriaCatalogue(criteria);
	}

	private static List<CSVRecord> parse(String text, String path) {
		try {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))
				.getRecords();
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			throw new IllegalStateException("Cannot read " + path + ": " + ex.getMessage(), ex);
		}
	}

	public Optional<Criterion> find(String code) {
		return Optional.ofNullable(code).map(byCode::get);
	}

	public boolean contains(String code) {
		return code != null && byCode.containsKey(code);
	}

	public Collection<Criterion> all() {
		return byCode.values();
	}

}
