package eu.serviceaudit.advisor.waves;

import java.util.List;

/** Everything the client page and the dashboard show of one client, read from the stored wave figures. */
public record ClientPicture(Clients.ClientView client, List<WaveSummary> waves, WaveSummary latest, WaveSummary previous,
		TrendChart trend, KeyDrivers.Result drivers, DriverGrid grid, LeagueTable league) {
}
