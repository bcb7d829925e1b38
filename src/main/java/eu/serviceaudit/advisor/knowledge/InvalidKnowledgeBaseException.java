package eu.serviceaudit.advisor.knowledge;

import java.util.List;

/** The knowledge-base folder breaks its format; every problem names the file and the field. */
public class InvalidKnowledgeBaseException extends RuntimeException {

	private final List<String> problems;

	public InvalidKnowledgeBaseException(List<String> problems) {
		super("The knowledge base is invalid (" + problems.size() + " problem(s)):\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
