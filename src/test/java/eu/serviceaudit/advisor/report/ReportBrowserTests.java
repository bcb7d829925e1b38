package eu.serviceaudit.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import eu.serviceaudit.advisor.support.HeadlessChromium;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.serviceaudit.advisor.web.PlainAnalyserConfiguration;

/**
 * The report journey in headless Chromium on the demo analysis: a manager finds no report while it is a draft, the
 * consultant reviews it (summary, a reworded title), publishes it and downloads it, and the manager then reads it.
 * No page may log a SEVERE browser console entry. A screenshot of the editor goes to target/screenshots/report.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "advisor.demo.enabled=true")
@Import(PlainAnalyserConfiguration.class)
class ReportBrowserTests {

	static final String PASSWORD = "test-password-2026";

	static final String SUMMARY = "Friendly cafés that lose guests at the door: greeting is the first thing to fix.";

	static final String TITLE = "Greet every guest within ten seconds";

	@LocalServerPort
	int port;

	WebDriver driver;

	HeadlessChromium browser;

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) {
		registry.add("advisor.data-dir", () -> "./target/test-data/" + UUID.randomUUID());
	}

	@BeforeEach
	void startBrowser() {
		browser = HeadlessChromium.start("1280,1600", Duration.ofSeconds(2));
		driver = browser.driver();
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void consultantReviewsAndPublishesThenTheManagerReadsTheReport() throws Exception {
		login("manager");
		submit(driver.findElement(By.partialLinkText("2026-Q4")));
		String analysis = driver.getCurrentUrl().replaceAll("[?#].*$", "");
		assertThat(driver.findElements(By.cssSelector("#report-link a"))).as("no link to a draft").isEmpty();
		driver.get(analysis + "/report");
		assertThat(driver.findElements(By.id("report-document"))).as("a draft is not the manager's").isEmpty();
		// the 404 just asked for is logged by the browser: read it away so that later checks start clean
		driver.manage().logs().get(LogType.BROWSER);
		logout();

		login("consultant");
		driver.get(analysis);
		submit(driver.findElement(By.cssSelector("#report-link a")));
		assertThat(driver.findElement(By.id("report-status")).getText()).isNotBlank();
		assertThat(driver.findElements(By.cssSelector("#report-document svg.report-chart"))).hasSizeGreaterThanOrEqualTo(2);
		assertThat(driver.findElements(By.cssSelector("input.headline-pick:checked"))).hasSize(3);
		WebElement summary = driver.findElement(By.id("summary"));
		summary.clear();
		summary.sendKeys(SUMMARY);
		WebElement firstTitle = driver.findElements(By.cssSelector("fieldset.report-recommendation input[type=text][id^=title-]")).get(0);
		String original = firstTitle.getAttribute("value");
		firstTitle.clear();
		firstTitle.sendKeys(TITLE);
		submit(driver.findElement(By.id("save-report")));
		assertThat(driver.findElement(By.cssSelector(".message.success")).getText()).isNotBlank();
		assertThat(driver.findElement(By.id("report-document")).getText()).contains(SUMMARY).contains(TITLE);
		assertThat(driver.findElement(By.cssSelector(".report-original")).getText()).as("the rules' original beside the edit")
			.contains(original);
		noSevereLogs();
		screenshot("report");

		submit(driver.findElement(By.id("publish-report")));
		assertThat(driver.findElement(By.cssSelector(".message.success")).getText()).isNotBlank();
		assertThat(driver.findElement(By.id("report-status")).getAttribute("class")).contains("report-PUBLISHED");
		for (String link : List.of("export-pdf", "export-docx")) {
			String href = driver.findElement(By.id(link)).getAttribute("href");
			Object status = ((JavascriptExecutor) driver).executeAsyncScript(
					"const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status));", href);
			assertThat(status).as(link).isEqualTo(200L);
		}
		noSevereLogs();
		logout();

		login("manager");
		driver.get(analysis);
		submit(driver.findElement(By.cssSelector("#report-link a")));
		String document = driver.findElement(By.id("report-document")).getText();
		assertThat(document).contains(SUMMARY).contains(TITLE);
		assertThat(driver.findElements(By.id("report-form"))).as("managers read, they do not edit").isEmpty();
		noSevereLogs();
	}

	private void login(String user) {
		if (!driver.getCurrentUrl().contains("/login")) {
			open("/login");
		}
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		submit(driver.findElement(By.cssSelector("form.stacked button[type=submit]")));
		assertThat(driver.getCurrentUrl()).doesNotContain("/login");
	}

	private void logout() {
		open("/analyses");
		submit(driver.findElement(By.cssSelector("form.logout button[type=submit]")));
	}

	private void submit(WebElement element) {
		browser.clickToNextPage(element, Duration.ofSeconds(30));
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	private void noSevereLogs() {
		List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
		assertThat(severe).as("SEVERE browser console entries on " + driver.getCurrentUrl()).isEmpty();
	}

	private void screenshot(String name) throws IOException {
		Path folder = Path.of("target/screenshots");
		Files.createDirectories(folder);
		File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
