package eu.serviceaudit.advisor.system.web;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Requests Tomcat refuses itself, before the app sees them: an encoded slash is passed on to Spring Security's
 * firewall (which refuses it as 400 through {@link ErrorPages}, problem JSON under /api), and anything else Tomcat
 * answers on its own is problem JSON under /api instead of Tomcat's HTML page.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrors implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}

	/** Tomcat's own error answers: problem JSON under /api, Tomcat's page (without its version) elsewhere. */
	public static class ProblemErrorReportValve extends ErrorReportValve {

		public ProblemErrorReportValve() {
			setShowServerInfo(false);
			setShowReport(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			String uri = request.getDecodedRequestURI() != null ? request.getDecodedRequestURI() : request.getRequestURI();
			HttpStatus status = HttpStatus.resolve(response.getStatus());
			if (uri != null && (uri.startsWith("/api/") || uri.equals("/api")) && status != null && status.isError()
					&& !response.isCommitted()) {
				try {
					response.resetBuffer();
					Problems.write(response.getResponse(), status, "http-" + status.value(),
							status == HttpStatus.BAD_REQUEST ? "The request cannot be read: the address has characters "
									+ "that are not allowed there or the request is malformed." : status.getReasonPhrase());
					response.finishResponse();
					return;
				}
				catch (IOException | RuntimeException ex) {
					// fall back to Tomcat's own page
				}
			}
			super.report(request, response, throwable);
		}

	}

}
