package eu.serviceaudit.advisor.rules;

/** One compile error of the rules folder: the file relative to the folder, its line (0 when unknown) and what is wrong. */
public record RuleError(String file, int line, String message) {

	@Override
	public String toString() {
		return file + (line > 0 ? ":" + line : "") + ": " + message;
	}

}
