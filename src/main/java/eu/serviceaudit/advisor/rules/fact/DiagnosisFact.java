package eu.serviceaudit.advisor.rules.fact;

import java.util.List;

/**
 * A diagnosis the rules made (CONTRACT.md section 10): its kind, the criteria and locations it names and the rule
 * that made it. The engine reads every fact of this type through one query and words it in the audit's language.
 */
public interface DiagnosisFact {

	String kind();

	List<String> criteria();

	List<String> locations();

	String rule();

}
