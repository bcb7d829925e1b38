package eu.serviceaudit.advisor.waves;

import java.util.List;

import org.springframework.stereotype.Service;

/** Builds the picture of one client: its waves, trend, key drivers and league table of its latest wave. */
@Service
public class ClientViews {

	private final Clients clients;

	private final Waves waves;

	private final KeyDrivers drivers;

	ClientViews(Clients clients, Waves waves, KeyDrivers drivers) {
		this.clients = clients;
		this.waves = waves;
		this.drivers = drivers;
	}

	public ClientPicture of(String client) {
		return of(clients.get(client));
	}

	public ClientPicture of(Clients.ClientView client) {
		List<WaveSummary> all = waves.of(client.client());
		WaveSummary latest = all.get(all.size() - 1);
		WaveSummary previous = waves.previous(latest).orElse(null);
		KeyDrivers.Result result = drivers.of(latest);
		return new ClientPicture(client, all, latest, previous, TrendChart.of(all), result, DriverGrid.of(result),
				LeagueTable.of(waves, latest, previous));
	}

}
