package eu.serviceaudit.advisor.rules;

/**
 * One problem of a rules folder: which check found it ({@link #COMPILE} for the compiler, else a check of the rules
 * check), the file relative to the folder (empty when the problem is not one file's), its line (0 when unknown) and
 * what is wrong.
 */
public record RuleError(String check, String file, int line, String message) {

	public static final String COMPILE = "compile";

	/** A compile error. */
	public RuleError(String file, int line, String message) {
		this(COMPILE, file, line, message);
	}

	@Override
	public String toString() {
		String where = file == null || file.isEmpty() ? "" : file + (line > 0 ? ":" + line : "") + ": ";
		return where + (COMPILE.equals(check) ? "" : "[" + check + "] ") + message;
	}

}
