package eu.serviceaudit.advisor.web;

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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import eu.serviceaudit.advisor.support.HeadlessChromium;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The three journeys in headless Chromium against the running app with its demo data: consultant, manager,
 * trainer. Every page visited must log no SEVERE browser console entry (a CSP violation, a script error, a failed
 * resource). Screenshots of the main pages go to target/screenshots/, or to docs/screenshots/ when the build runs
 * with {@code -Dscreenshots.update=true} (so that an ordinary build leaves the checked-in pictures alone).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "advisor.demo.enabled=true")
@Import(PlainAnalyserConfiguration.class)
class BrowserJourneyTests {

	static final String PASSWORD = "test-password-2026";

	static final Path SCREENSHOTS = Path.of(Boolean.getBoolean("screenshots.update") ? "docs/screenshots" : "target/screenshots");

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	eu.serviceaudit.advisor.analysis.Analyses analyses;

	@org.springframework.beans.factory.annotation.Autowired
	eu.serviceaudit.advisor.training.TrainingShares trainingShares;

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
	void consultantOpensTheDemoAnalysisAndMakesAPlan() throws Exception {
		open("/login");
		Cookie before = driver.manage().getCookieNamed("SESSION");
		login("consultant");
		Cookie after = driver.manage().getCookieNamed("SESSION");
		assertThat(before).isNotNull();
		assertThat(after.getValue()).as("a new session id after login").isNotEqualTo(before.getValue());

		assertThat(driver.getCurrentUrl()).endsWith("/analyses");
		submit(driver.findElement(By.partialLinkText("2026-Q4")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Kohvik Päike OÜ");
		assertThat(js("return Chart.getChart(document.getElementById('dimension-chart')) != null")).isEqualTo(true);
		assertThat(js("return Chart.getChart(document.getElementById('location-chart')) != null")).isEqualTo(true);
		assertThat(driver.findElements(By.cssSelector("table.heatmap td.heat"))).isNotEmpty();
		noSevereLogs();
		screenshot("analysis");

		List<WebElement> picks = driver.findElements(By.name("recommendationIds"));
		assertThat(picks).hasSizeGreaterThanOrEqualTo(2);
		click(picks.get(0));
		click(picks.get(1));
		assertThat(picks.get(0).isSelected()).isTrue();
		assertThat(picks.get(1).isSelected()).isTrue();
		submit(driver.findElement(By.id("create-plan")));
		waitForUrl("/plans/");
		assertThat(driver.findElements(By.cssSelector("fieldset.plan-item"))).hasSize(2);

		WebElement owner = driver.findElement(By.id("items0.owner"));
		owner.clear();
		owner.sendKeys("Tallinn shift leads");
		submit(driver.findElement(By.id("save-plan")));
		assertThat(driver.findElement(By.cssSelector(".message.success")).getText()).isNotBlank();
		assertThat(driver.findElement(By.id("items0.owner")).getAttribute("value")).isEqualTo("Tallinn shift leads");
		String export = driver.findElement(By.id("export-md")).getAttribute("href");
		Object status = ((JavascriptExecutor) driver).executeAsyncScript(
				"const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status));", export);
		assertThat(status).isEqualTo(200L);
		noSevereLogs();
		screenshot("plan");
	}

	@Test
	void managerFiltersRecommendationsFollowsThePlanAndSeesAlerts() throws Exception {
		login("manager");
		submit(driver.findElement(By.partialLinkText("2026-Q4")));
		int all = driver.findElements(By.cssSelector("article.recommendation")).size();
		new Select(driver.findElement(By.id("filter-location"))).selectByValue("TRT-1");
		new Select(driver.findElement(By.id("filter-horizon"))).selectByValue("30_DAYS");
		submit(driver.findElement(By.cssSelector("#recommendation-filter button[type=submit]")));
		waitForUrl("location=TRT-1");
		assertThat(driver.getCurrentUrl()).contains("location=TRT-1").contains("horizon=30_DAYS");
		assertThat(driver.findElements(By.cssSelector("article.recommendation")).size()).isLessThanOrEqualTo(all);
		assertThat(driver.findElements(By.name("recommendationIds"))).isEmpty();
		noSevereLogs();

		open("/plans");
		submit(driver.findElement(By.cssSelector("a.plan-link")));
		WebElement item = driver.findElements(By.cssSelector("article.plan-item")).get(0);
		new Select(item.findElement(By.cssSelector("select.status-select"))).selectByValue("IN_PROGRESS");
		WebElement note = item.findElement(By.tagName("textarea"));
		note.clear();
		note.sendKeys("Briefed both shifts");
		submit(item.findElement(By.cssSelector("button.progress-save")));
		WebElement saved = driver.findElements(By.cssSelector("article.plan-item")).get(0);
		assertThat(new Select(saved.findElement(By.cssSelector("select.status-select"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("IN_PROGRESS");
		assertThat(saved.findElement(By.tagName("textarea")).getAttribute("value")).isEqualTo("Briefed both shifts");
		assertThat(driver.findElements(By.id("save-plan"))).isEmpty();
		noSevereLogs();

		open("/alerts");
		assertThat(driver.findElements(By.cssSelector("table.alerts-table tbody tr"))).isNotEmpty();
		noSevereLogs();
	}

	@Test
	void managerReadsTheDashboardAndFollowsAnOverdueAlertUp() throws Exception {
		login("manager");
		open("/dashboard");
		assertThat(driver.findElements(By.cssSelector(".trend-chart svg.chart-svg"))).hasSize(2);
		assertThat(driver.findElements(By.cssSelector(".trend-chart .series-score circle"))).hasSize(3);
		assertThat(driver.findElements(By.cssSelector(".driver-grid circle.dot"))).isNotEmpty();
		assertThat(driver.findElements(By.cssSelector(".league-table tr.league-row"))).hasSize(3);
		assertThat(driver.findElement(By.cssSelector("#plan-progress")).getText()).isNotBlank();
		noSevereLogs();
		screenshot("dashboard");

		submit(driver.findElement(By.cssSelector("a.figure-overdue")));
		waitForUrl("overdue=true");
		List<WebElement> rows = driver.findElements(By.cssSelector("tr.alert-row.is-overdue"));
		assertThat(rows).isNotEmpty();
		WebElement row = rows.get(0);
		String rowId = row.getAttribute("id");
		new Select(row.findElement(By.cssSelector("select.alert-status"))).selectByValue("CONTACTED");
		WebElement owner = row.findElement(By.cssSelector("input.alert-owner"));
		owner.clear();
		owner.sendKeys("Tallinn shift lead");
		row.findElement(By.cssSelector("textarea.alert-note")).sendKeys("Called back, apology and a voucher");
		submit(row.findElement(By.cssSelector("button.alert-save")));
		assertThat(driver.findElement(By.id("alert-result")).getAttribute("class")).contains("success");
		WebElement saved = driver.findElement(By.id(rowId));
		assertThat(new Select(saved.findElement(By.cssSelector("select.alert-status"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("CONTACTED");
		assertThat(saved.findElement(By.cssSelector("input.alert-owner")).getAttribute("value")).isEqualTo("Tallinn shift lead");
		assertThat(saved.findElement(By.cssSelector("details.alert-history")).getAttribute("textContent"))
			.contains("manager").contains("OPEN").contains("CONTACTED");
		noSevereLogs();
		screenshot("alerts");

		open("/clients");
		submit(driver.findElement(By.cssSelector("a.client-link")));
		List<WebElement> comparisons = driver.findElements(By.cssSelector("a.comparison-link"));
		submit(comparisons.get(comparisons.size() - 1));
		assertThat(driver.findElements(By.cssSelector("#changes-criteria tbody tr"))).isNotEmpty();
		assertThat(driver.findElements(By.cssSelector("#kpi-checks tr.kpi-row"))).isNotEmpty();
		noSevereLogs();
		screenshot("comparison");
	}

	@Test
	void trainerSearchesInEstonianAndBuildsASession() throws Exception {
		// trainers see an analysis once a consultant has shared it for training
		analyses.list().forEach(analysis -> trainingShares.share(analysis.id(), "consultant"));
		login("trainer");
		open("/kb?lang=et");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("et");
		new Select(driver.findElement(By.id("kb-language"))).selectByValue("et");
		WebElement query = driver.findElement(By.id("q"));
		query.sendKeys("kaebus");
		submit(driver.findElement(By.cssSelector("#kb-search-form button[type=submit]")));
		assertThat(driver.findElements(By.cssSelector("#kb-hits li.hit"))).isNotEmpty();
		assertThat(driver.findElements(By.cssSelector("#kb-hits mark"))).isNotEmpty();
		noSevereLogs();
		screenshot("search");

		submit(driver.findElement(By.cssSelector("#facets a[href*='type=EXERCISE']")));
		submit(driver.findElement(By.cssSelector("#kb-hits a.hit-title")));
		assertThat(driver.findElement(By.id("article-duration")).getText()).isNotBlank();
		noSevereLogs();
		screenshot("exercise");

		open("/training-sessions");
		driver.findElement(By.id("new-title")).sendKeys("Teenindushommik");
		WebElement minutes = driver.findElement(By.id("new-minutes"));
		minutes.clear();
		minutes.sendKeys("60");
		submit(driver.findElement(By.cssSelector("#new-session button[type=submit]")));
		new Select(driver.findElement(By.id("analysisId"))).selectByIndex(0);
		submit(driver.findElement(By.cssSelector("#suggest-form button[type=submit]")));
		submit(driver.findElements(By.cssSelector("button.add-exercise")).get(0));
		submit(driver.findElements(By.cssSelector("button.add-exercise")).get(1));
		List<String> order = titles();
		assertThat(order).hasSize(2);
		submit(driver.findElements(By.cssSelector("button.move-down")).get(0));
		assertThat(titles()).containsExactly(order.get(1), order.get(0));
		assertThat(driver.findElement(By.id("duration-total")).getText()).contains("60");
		noSevereLogs();
		screenshot("session");
	}

	@Test
	void adminSeesUsersAndTheRuleBase() throws Exception {
		login("admin");
		open("/admin/users");
		assertThat(driver.findElements(By.cssSelector("#users tbody tr"))).hasSizeGreaterThanOrEqualTo(4);
		noSevereLogs();
		screenshot("admin");
		open("/admin/rules");
		noSevereLogs();
	}

	private List<String> titles() {
		return driver.findElements(By.cssSelector("#session-items a.item-title")).stream().map(WebElement::getText).toList();
	}

	private void login(String user) {
		if (!driver.getCurrentUrl().contains("/login")) {
			open("/login");
		}
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		submit(driver.findElement(By.cssSelector("form.stacked button[type=submit]")));
		assertThat(driver.getCurrentUrl()).doesNotContain("/login");
		noSevereLogs();
	}

	/** Clicks something that loads a new page and waits until the old one is gone. */
	private void submit(WebElement element) {
		browser.clickToNextPage(element, Duration.ofSeconds(15));
	}

	private void waitForUrl(String part) {
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	private void click(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	private Object js(String script) {
		return ((JavascriptExecutor) driver).executeScript(script);
	}

	private void noSevereLogs() {
		List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
		assertThat(severe).as("SEVERE browser console entries on " + driver.getCurrentUrl()).isEmpty();
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
