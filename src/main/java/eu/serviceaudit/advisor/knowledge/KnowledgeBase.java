package eu.serviceaudit.advisor.knowledge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.serviceaudit.advisor.knowledge.comments.CommentVocabulary;

/** The loaded, validated articles of {@code knowledge-base/}, by id. Immutable: a reload builds a new one. */
public final class KnowledgeBase {

	private final Map<String, Article> byId;

	private final String version;

	private final CommentVocabulary commentVocabulary;

	public KnowledgeBase(Collection<Article> articles, String version) {
		this(articles, version, CommentVocabulary.empty());
	}

	public KnowledgeBase(Collection<Article> articles, String version, CommentVocabulary commentVocabulary) {
		Map<String, Article> map = new LinkedHashMap<>();
		articles.forEach(a -> map.put(a.id(), a));
		this.byId = Map.copyOf(map);
		this.version = version;
		this.commentVocabulary = commentVocabulary;
	}

	/** What each criterion's comments sound like in each language ({@code criteria/voice/}), ready to match. */
	public CommentVocabulary commentVocabulary() {
		return commentVocabulary;
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
