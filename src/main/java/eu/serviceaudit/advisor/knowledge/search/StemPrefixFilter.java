package eu.serviceaudit.advisor.knowledge.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * After each (stemmed) token, emits a second token at the same position and offsets: its first {@code length}
 * characters behind {@link #MARK}. For Estonian, whose Snowball stemmer leaves {@code kaebus} as {@code kaebu} but
 * {@code kaebuste} as {@code kaebus}, both meet at {@code ~kaebu}. The marked token lives in the same field as the
 * stem, so phrase positions and highlighting offsets stay right, and the query gives it a lower weight than an exact
 * stem match.
 */
public final class StemPrefixFilter extends TokenFilter {

	public static final String MARK = "~";

	public static final String TYPE = "STEM_PREFIX";

	private final int length;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	private AttributeSource.State pending;

	public StemPrefixFilter(TokenStream input, int length) {
		super(input);
		this.length = length;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (pending != null) {
			restoreState(pending);
			pending = null;
			String prefix = term.length() > length ? term.subSequence(0, length).toString() : term.toString();
			term.setEmpty().append(MARK).append(prefix);
			position.setPositionIncrement(0);
			type.setType(TYPE);
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		pending = captureState();
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		pending = null;
	}

}
