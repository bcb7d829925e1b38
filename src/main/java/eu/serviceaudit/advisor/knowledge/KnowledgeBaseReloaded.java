package eu.serviceaudit.advisor.knowledge;

/** Published (synchronously) after {@link CurrentKnowledgeBase#reload()} put a new knowledge base in service. */
public record KnowledgeBaseReloaded(KnowledgeBase knowledgeBase) {
}
