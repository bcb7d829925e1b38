package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import eu.serviceaudit.advisor.support.HeadlessChromium;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every page each role can reach (the menu's pages and the detail pages behind them), at phone width (390 px) and
 * desktop width (1366 px), in all five languages, in headless Chromium over the demo data. A page fails on a
 * sideways scroll, a raw code or an English word outside English (UiText), a word of a table cut in two, a tap
 * target under 44 px on the phone, or a menu on more than one line on the desktop. Screenshots of the analysis at
 * both widths go to the README's folder with {@code -Dscreenshots.update=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "advisor.demo.enabled=true")
@Import(PlainAnalyserConfiguration.class)
class EveryPageBrowserTests {

	static final List<String> LANGUAGES = List.of("en", "et", "lv", "ru", "uk");

	static final List<String> ROLES = List.of("consultant", "manager", "trainer", "admin");

	static final int PHONE = 390;

	static final int DESKTOP = 1366;

	@LocalServerPort
	int port;

	ChromeDriver driver;

	HeadlessChromium browser;

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) {
		registry.add("advisor.data-dir", () -> "./target/test-data/" + UUID.randomUUID());
	}

	@BeforeEach
	void startBrowser() {
		browser = HeadlessChromium.start("1366,900", Duration.ZERO, "--hide-scrollbars");
		driver = browser.driver();
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void everyPageReadsWellOnAPhoneAndADesktopInEveryLanguage() throws Exception {
		List<String> problems = new ArrayList<>();
		int visits = 0;
		for (String role : ROLES) {
			driver.manage().deleteAllCookies();
			login(role);
			Set<String> pages = pagesOf(role);
			assertThat(pages).as(role + "'s pages").hasSizeGreaterThanOrEqualTo(4);
			for (String language : LANGUAGES) {
				for (int width : List.of(DESKTOP, PHONE)) {
					width(width);
					for (String page : pages) {
						open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
						visits++;
						String where = role + " " + language + " " + width + " px " + page + ": ";
						check(language, width).forEach(problem -> problems.add(where + problem));
					}
				}
			}
		}
		width(DESKTOP);
		open("/logout-page-that-does-not-exist?lang=et");
		problems.addAll(UiText.problems(UiText.ofPage(driver.getPageSource(), "et"), "et"));
		System.out.println("EveryPageBrowserTests: " + visits + " page visits, " + problems.size() + " problems");
		assertThat(problems).as("pages that do not read well").isEmpty();
	}

	@Test
	void thePhoneMenuOpensWithItsButtonAndTheErrorPagesSpeakTheUsersLanguage() throws Exception {
		login("consultant");
		width(PHONE);
		open("/analyses?lang=lv");
		WebElement nav = driver.findElement(By.id("main-nav"));
		assertThat(nav.isDisplayed()).as("menu folded on a phone").isFalse();
		WebElement toggle = driver.findElement(By.id("menu-toggle"));
		assertThat(toggle.getSize().getHeight()).isGreaterThanOrEqualTo(44);
		toggle.click();
		assertThat(nav.isDisplayed()).isTrue();
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		for (WebElement link : nav.findElements(By.tagName("a"))) {
			assertThat(link.getSize().getHeight()).as(link.getText()).isGreaterThanOrEqualTo(44);
		}
		screenshot("analyses-phone-menu");

		open("/no-such-page?lang=ru");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(driver.getPageSource()).isEqualTo("ru");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Не найдено");
		assertThat(driver.findElements(By.cssSelector("#ui-language option"))).hasSize(5);
		open("/analyses/no-such-analysis?lang=uk");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("uk");
		assertThat(driver.findElements(By.cssSelector("#ui-language option"))).hasSize(5);

		width(DESKTOP);
		open("/analyses?lang=en");
		driver.findElement(By.cssSelector("a.analysis-link")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
		screenshot("analysis-desktop");
		width(PHONE);
		driver.navigate().refresh();
		screenshot("analysis-phone");
	}

	/** The problems of the page on screen; empty when it reads well. */
	private List<String> check(String language, int width) {
		List<String> found = new ArrayList<>();
		Object lang = js("return document.documentElement.lang");
		if (!language.equals(lang)) {
			found.add("lang is '" + lang + "'");
		}
		Long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		if (overflow != null && overflow > 0) {
			found.add("scrolls sideways by " + overflow + " px (" + js(WIDEST) + ")");
		}
		found.addAll(UiText.problems(UiText.ofPage(driver.getPageSource(), language), language));
		Object cut = js(CUT_TABLE_WORDS);
		if (cut != null && !cut.toString().isEmpty()) {
			found.add("words of a table cut in two: " + cut);
		}
		if (width == DESKTOP) {
			Long rows = (Long) js("var tops = new Set(); document.querySelectorAll('#main-nav li')"
					+ ".forEach(function (li) { tops.add(Math.round(li.getBoundingClientRect().top)); }); return tops.size;");
			if (rows != null && rows > 1) {
				found.add("the menu takes " + rows + " lines");
			}
		}
		else {
			Object small = js(SMALL_TARGETS);
			if (small != null && !small.toString().isEmpty()) {
				found.add("tap targets under 44 px: " + small);
			}
		}
		return found;
	}

	/** What sticks out furthest to the right, to say where a sideways scroll comes from. */
	static final String WIDEST = "var w = document.documentElement.clientWidth, worst = null, right = w;"
			+ "document.querySelectorAll('main *').forEach(function (e) { var r = e.getBoundingClientRect();"
			+ " if (r.right > right && getComputedStyle(e).position !== 'fixed') { right = r.right; worst = e; } });"
			+ "return worst ? worst.tagName + '.' + worst.className + '#' + worst.id + ' ' + Math.round(right) : '';";

	/**
	 * Words of visible column names and cells that run over two lines ("Locatio|n", "Kõrg|e", "PRN|-1"): a table
	 * squeezed into a phone's width; a break at a space or hyphen is fine.
	 */
	static final String CUT_TABLE_WORDS = "var out = [];"
			+ "document.querySelectorAll('main th, main td').forEach(function (th) { var b = th.getBoundingClientRect();"
			+ " if (b.width < 2 || b.height < 2) { return; }"
			+ " var walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT), node;"
			+ " while ((node = walker.nextNode())) { var re = /[^\\s\\-\u2010]+/g, m;"
			+ "  while ((m = re.exec(node.data))) { var r = document.createRange(); r.setStart(node, m.index);"
			+ "   r.setEnd(node, m.index + m[0].length); var tops = new Set();"
			+ "   Array.from(r.getClientRects()).forEach(function (q) { if (q.width > 0) { tops.add(Math.round(q.top)); } });"
			+ "   if (tops.size > 1) { out.push(m[0]); } } } });"
			+ "return out.slice(0, 5).join(', ');";

	/** Visible buttons, button links, fields and menus of the page that are lower than 44 px. */
	static final String SMALL_TARGETS = "var out = [];"
			+ "document.querySelectorAll('button, a.button, select, input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea')"
			+ ".forEach(function (e) { var r = e.getBoundingClientRect(); if (r.width > 0 && r.height > 0 && r.height < 43.5"
			+ " && !e.classList.contains('visually-hidden')) { out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.height)); } });"
			+ "return out.slice(0, 5).join(', ');";

	/** The menu's pages and the detail pages behind the first entry of each list, as this role sees them. */
	private Set<String> pagesOf(String role) {
		width(DESKTOP);
		Set<String> pages = new LinkedHashSet<>();
		open("/");
		driver.findElements(By.cssSelector("#main-nav a, .header-tools a")).forEach(a -> pages.add(path(a.getAttribute("href"))));
		if (pages.contains("/analyses")) {
			open("/analyses");
			firstLink("a.analysis-link").ifPresent(analysis -> {
				pages.add(analysis);
				if (role.equals("consultant") || role.equals("admin")) {
					firstLink("a.delete-analysis").ifPresent(pages::add);
				}
				open(analysis);
				pages.addAll(linksBelow("/analyses/"));
			});
		}
		for (String list : List.of("/clients", "/dashboard")) {
			if (pages.contains(list)) {
				open(list);
				pages.addAll(linksBelow("/clients/"));
			}
		}
		if (pages.contains("/plans")) {
			open("/plans");
			firstLink("a.plan-link").ifPresent(pages::add);
		}
		open("/kb?type=EXERCISE");
		firstLink("a.hit-title").ifPresent(pages::add);
		pages.add("/kb?q=kaebus&language=all");
		if (pages.contains("/training-sessions")) {
			open("/training-sessions");
			if (driver.findElements(By.cssSelector("#sessions a")).isEmpty()) {
				driver.findElement(By.id("new-title")).sendKeys("Teenindus");
				submit(driver.findElement(By.cssSelector("#new-session button[type=submit]")));
				open("/training-sessions");
			}
			firstLink("#sessions a").ifPresent(session -> {
				pages.add(session);
				pages.add(session + "/agenda");
			});
		}
		pages.add("/no-such-page");
		return pages;
	}

	/** The pages the main part of the page on screen links to under a path (reports, comparisons, clients). */
	private List<String> linksBelow(String prefix) {
		return driver.findElements(By.cssSelector("main a[href]"))
			.stream()
			.map(a -> path(a.getAttribute("href")))
			.filter(href -> href.startsWith(prefix) && !href.contains("#") && !href.contains("export")
					&& !href.endsWith(".md") && !href.endsWith("/delete"))
			.distinct()
			.limit(4)
			.toList();
	}

	private java.util.Optional<String> firstLink(String selector) {
		return driver.findElements(By.cssSelector(selector)).stream().findFirst().map(a -> path(a.getAttribute("href")));
	}

	private String path(String href) {
		return href.replaceFirst("^https?://[^/]+", "").replaceAll("[?&]lang=[a-z]+", "");
	}

	private void login(String user) {
		open("/login?lang=en");
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys(BrowserJourneyTests.PASSWORD);
		submit(driver.findElement(By.cssSelector("form.stacked button[type=submit]")));
		assertThat(driver.getCurrentUrl()).doesNotContain("/login");
	}

	private void width(int width) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
				width == PHONE ? 844 : 900, "deviceScaleFactor", 1, "mobile", width == PHONE));
	}

	private void submit(WebElement element) {
		browser.clickToNextPage(element, Duration.ofSeconds(15));
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	private Object js(String script) {
		return ((JavascriptExecutor) driver).executeScript(script);
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(BrowserJourneyTests.SCREENSHOTS);
		File shot = driver.getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), BrowserJourneyTests.SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
