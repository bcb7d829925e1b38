package eu.serviceaudit.advisor.knowledge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded, validated articles of {@code knowledge-base/}, by id. Immutable: a reload builds a new one. */
public final class KnowledgeBase {

	private final Map<String, Article> byId;

	private final String version;

	public KnowledgeBase(Collection<Article> articles, String version) {
		Map<String, Article> map = new LinkedHashMap<>();
		articles.forEach(a -> map.put(a.id(), a));
		this.byId = Map.copyOf(map);
		this.version = version;
	}

	public Optional<Article> find(String id) {
		return Optional.ofNullable(id).map(byId::get);
	}

	public Collection<Article> all() {
		return byId.values();
	}

	/** Articles of one type that address a criterion, in id order. */
	public List<Article> addressing(String criterion, ArticleType type) {
		return byId.values()
			.stream()
			.filter(a -> a.type() == type && a.addresses(criterion))
			.sorted(java.util.Comparator.comparing(Article::id))
			.toList();
	}

	/** A content hash of the folder the articles were read from. */
	public String version() {
		return version;
	}

}
