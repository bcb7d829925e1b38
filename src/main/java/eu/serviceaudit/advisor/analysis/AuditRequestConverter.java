package eu.serviceaudit.advisor.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.audit.PlainAuditJson;
import eu.serviceaudit.advisor.system.HelperThreads;

/**
 * Reads the body of {@code POST /api/analyses} (and any other {@link AuditRequest} body) with {@link PlainAuditJson}
 * first, and when that declines, with the JSON converter Spring Boot makes from the same mapper, on the same bytes:
 * same media types, same answer, same errors as before, only a plain audit is read faster (a large one in two parts
 * at once, see {@link PlainAuditJson#read(byte[], int, PlainAuditJson.Parsers, java.util.concurrent.Executor)}).
 * Registered as a converter
 * bean, so it is asked before the default JSON converter.
 */
@Component
class AuditRequestConverter extends AbstractHttpMessageConverter<AuditRequest> {

	private final JacksonJsonHttpMessageConverter dataBinding;

	private final ObjectReader reader;

	private final HelperThreads helpers;

	AuditRequestConverter(JsonMapper mapper, HelperThreads helpers) {
		this.helpers = helpers;
		this.dataBinding = new JacksonJsonHttpMessageConverter(mapper);
		this.reader = mapper.readerFor(AuditRequest.class);
		setSupportedMediaTypes(dataBinding.getSupportedMediaTypes(AuditRequest.class));
	}

	@Override
	protected boolean supports(Class<?> type) {
		return type == AuditRequest.class;
	}

	@Override
	protected boolean canWrite(MediaType mediaType) {
		return false;
	}

	@Override
	protected AuditRequest readInternal(Class<? extends AuditRequest> type, HttpInputMessage input) throws IOException {
		HttpHeaders headers = input.getHeaders();
		MediaType contentType = headers.getContentType();
		Charset charset = contentType == null ? null : contentType.getCharset();
		if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
			// another charset is decoded by the converter into characters first: leave it that path
			return (AuditRequest) dataBinding.read(AuditRequest.class, input);
		}
		Body body = Body.read(input.getBody(), headers.getContentLength());
		if (body.failure() == null) {
			AuditRequest plain = PlainAuditJson.read(body.bytes(), body.length(), reader::createParser, helpers);
			if (plain != null) {
				return plain;
			}
			// not plain: data binding below answers it
		}
		return (AuditRequest) dataBinding.read(AuditRequest.class, new Replayed(headers, body));
	}

	/**
	 * The bytes of a body, and the exception that stopped reading it (too large, or the client went away), if one
	 * did.
	 */
	private record Body(byte[] bytes, int length, Exception failure) {

		/** {@code declared}: the Content-Length, -1 if none; only a hint for the first array, never trusted. */
		static Body read(InputStream in, long declared) {
			// one more byte than declared, so that the end is seen without growing the array (a 1 MB audit grew it
			// seven times); the size limit refuses bodies over 10 MiB before they get here
			byte[] bytes = new byte[declared >= 0 && declared <= 16 * 1024 * 1024 ? (int) declared + 1 : 16 * 1024];
			int length = 0;
			try {
				for (int n; (n = in.read(bytes, length, bytes.length - length)) >= 0;) {
					length += n;
					if (length == bytes.length) {
						bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
					}
				}
				return new Body(bytes, length, null);
			}
			catch (IOException | RuntimeException ex) {
				return new Body(bytes, length, ex);
			}
		}

	}

	/**
	 * The body for data binding: its bytes, then the exception that stopped reading it, thrown where it was thrown
	 * before, so that data binding answers a body that was too large or cut off as it did when it read the request.
	 */
	private record Replayed(HttpHeaders getHeaders, Body body) implements HttpInputMessage {

		@Override
		public InputStream getBody() {
			return new InputStream() {

				private final InputStream bytes = new ByteArrayInputStream(body.bytes(), 0, body.length());

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = bytes.read(buffer, offset, length);
					return n < 0 && length > 0 ? fail() : n;
				}

				@Override
				public int read() throws IOException {
					int b = bytes.read();
					return b < 0 ? fail() : b;
				}

				private int fail() throws IOException {
					if (body.failure() instanceof RuntimeException runtime) {
						throw runtime;
					}
					if (body.failure() instanceof IOException io) {
						throw io;
					}
					return -1;
				}

			};
		}

	}

	@Override
	protected void writeInternal(AuditRequest audit, HttpOutputMessage output) throws HttpMessageNotWritableException {
		throw new UnsupportedOperationException("reads audits only");
	}

}
