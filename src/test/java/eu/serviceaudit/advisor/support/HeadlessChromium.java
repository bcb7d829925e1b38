package eu.serviceaudit.advisor.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser tests, in a profile of its own that is removed afterwards; the
 * browser's console is recorded so that a test can fail on a SEVERE entry. Without chromium and chromium-driver
 * the test is skipped (.ci/run installs them).
 */
public final class HeadlessChromium implements AutoCloseable {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final Path profile;

	private final ChromeDriver driver;

	private HeadlessChromium(Path profile, ChromeDriver driver) {
		this.profile = profile;
		this.driver = driver;
	}

	/** A browser window of {@code width,height} that waits up to {@code implicitWait} for elements. */
	public static HeadlessChromium start(String windowSize, Duration implicitWait, String... extraArguments) {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Debian chromium and chromium-driver are needed (.ci/run installs them)");
		Path profile;
		try {
			profile = Files.createTempDirectory("advisor-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> arguments = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu",
				"--disable-background-networking", "--disable-dev-shm-usage", "--window-size=" + windowSize,
				"--user-data-dir=" + profile));
		arguments.addAll(List.of(extraArguments));
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments(arguments);
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(implicitWait);
		return new HeadlessChromium(profile, driver);
	}

	public ChromeDriver driver() {
		return driver;
	}

	/**
	 * Clicks something that loads a new page and waits until the new one has loaded. The old page is marked and
	 * the wait is for a document without the mark: asking the clicked element whether it is stale races with the
	 * navigation, and Chromium may then answer with an inspector error instead of "stale element".
	 */
	public void clickToNextPage(WebElement element, Duration timeout) {
		driver.executeScript("window.advisorPageLeft = true; arguments[0].scrollIntoView({block: 'center'});",
				element);
		element.click();
		new WebDriverWait(driver, timeout).ignoring(WebDriverException.class)
			.until(browser -> Boolean.TRUE.equals(driver.executeScript(
					"return window.advisorPageLeft === undefined && document.readyState === 'complete'")));
	}

	@Override
	public void close() throws IOException {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
