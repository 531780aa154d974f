<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached. Check the network connection and the server address.</source>
        <translation>De server is niet bereikbaar. Controleer de netwerkverbinding en het serveradres.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>De server reageerde niet op tijd.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation>De beveiligde verbinding met de server kon niet worden geverifieerd.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials.</source>
        <translation>De server heeft de inloggegevens niet geaccepteerd.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Je sessie is verlopen. Log opnieuw in.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Je hebt geen toestemming om dit te doen.</translation>
    </message>
    <message>
        <source>The item was not found. It may have been removed.</source>
        <translation>Het item is niet gevonden. Misschien is het verwijderd.</translation>
    </message>
    <message>
        <source>The server did not accept the data.</source>
        <translation>De server heeft de gegevens niet geaccepteerd.</translation>
    </message>
    <message>
        <source>This conflicts with the current state on the server.</source>
        <translation>Dit geeft een conflict met de huidige gegevens op de server.</translation>
    </message>
    <message>
        <source>Too many requests. The next request can go at %1.</source>
        <translation>Te veel verzoeken. Een nieuw verzoek is mogelijk vanaf %1.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Te veel verzoeken. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The server had a problem. Please try again later.</source>
        <translation>Er ging iets mis op de server. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The server sent an answer Balie does not understand.</source>
        <translation>De server stuurde een antwoord dat Balie niet begrijpt.</translation>
    </message>
    <message>
        <source>This connection does not offer this.</source>
        <translation>Deze verbinding ondersteunt dit niet.</translation>
    </message>
    <message>
        <source>Balie only connects over https, except to this computer.</source>
        <translation>Balie maakt alleen verbinding via https, behalve met deze computer.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Het verzoek is geannuleerd.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>general message, then the server&apos;s own words</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-status: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Verzoek-ID: %1</translation>
    </message>
    <message>
        <source>Field %1: %2</source>
        <translation>Veld %1: %2</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent, so Balie cannot tell whether the server carried it out. Look it up (refresh the list) before you try again, so that nothing is done twice.</source>
        <translation>De verbinding viel weg nadat het verzoek was verstuurd, dus Balie weet niet of de server het heeft uitgevoerd. Kijk het eerst na (vernieuw de lijst) voordat je het opnieuw probeert, zodat niets twee keer gebeurt.</translation>
    </message>
</context>
<context>
    <name>ErrorParser</name>
    <message>
        <source>The answer was empty.</source>
        <translation>Het antwoord was leeg.</translation>
    </message>
    <message>
        <source>an HTML page instead of data</source>
        <translation>een HTML-pagina in plaats van gegevens</translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation>Het antwoord is geen geldige JSON.</translation>
    </message>
</context>
<context>
    <name>balie::api::ApiJob</name>
    <message>
        <source>The connection closed before the whole answer arrived.</source>
        <translation>De verbinding werd verbroken voordat het hele antwoord binnen was.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1, more than Balie reads in one answer; it stopped reading.</source>
        <translation>Het antwoord van de server is groter dan %1, meer dan Balie in één antwoord leest; Balie is gestopt met lezen.</translation>
    </message>
    <message>
        <source>The server sent Balie on to another server (%1). Balie did not follow, so that your credentials stay with this server; check the server address of this connection.</source>
        <translation>De server stuurde Balie door naar een andere server (%1). Balie is niet meegegaan, zodat je inloggegevens bij deze server blijven; controleer het serveradres van deze verbinding.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>The server kept sending Balie on to other addresses.</source>
        <translation>De server bleef Balie doorsturen naar andere adressen.</translation>
    </message>
    <message>
        <source>%1 blocks requests from this computer until %2. Balie sends nothing to it before then, so that the block does not grow.</source>
        <translation>%1 blokkeert verzoeken van deze computer tot %2. Balie stuurt er tot dan niets heen, zodat de blokkade niet langer wordt.</translation>
    </message>
</context>
<context>
    <name>balie::api::BookingStatus</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Verzet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Verzetten</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Afspraak annuleren</translation>
    </message>
</context>
<context>
    <name>balie::api::ConnectionSettings</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geef de verbinding een naam.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://api.example.com.</source>
        <translation>Vul het serveradres in, bijvoorbeeld https://api.example.com.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http:// only for this computer).</source>
        <translation>Het serveradres moet beginnen met https:// (gewoon http:// alleen voor deze computer).</translation>
    </message>
    <message>
        <source>This kind of server does not support that way of signing in.</source>
        <translation>Dit soort server ondersteunt deze manier van inloggen niet.</translation>
    </message>
    <message>
        <source>Signing in needs both the user name and the e-mail address.</source>
        <translation>Om in te loggen zijn zowel de gebruikersnaam als het e-mailadres nodig.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address: Balie asks for them separately and keeps them in the keychain.</source>
        <translation>Laat de gebruikersnaam en het wachtwoord weg uit het serveradres: Balie vraagt er apart om en bewaart ze in de sleutelbos.</translation>
    </message>
</context>
<context>
    <name>balie::api::CredentialStore</name>
    <message>
        <source>No saved secret was found for this connection.</source>
        <translation>Er zijn geen opgeslagen inloggegevens voor deze verbinding gevonden.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock your keyring (for example by logging in to the desktop again) and try once more.</source>
        <translation>De sleutelbos weigerde de toegang. Ontgrendel je sleutelbos (bijvoorbeeld door opnieuw in te loggen op het bureaublad) en probeer het nog eens.</translation>
    </message>
    <message>
        <source>No keychain is available, so Balie cannot keep passwords and keys safely. Install and start a Secret Service such as GNOME Keyring or KWallet, then start Balie again. Balie never stores secrets in a plain file.</source>
        <translation>Er is geen sleutelbos beschikbaar, dus Balie kan wachtwoorden en sleutels niet veilig bewaren. Installeer en start een Secret Service zoals GNOME Keyring of KWallet en start Balie daarna opnieuw. Balie slaat inloggegevens nooit op in een gewoon bestand.</translation>
    </message>
    <message>
        <source>The keychain could not remove the secret.</source>
        <translation>De sleutelbos kon de inloggegevens niet verwijderen.</translation>
    </message>
</context>
<context>
    <name>balie::api::DomainJson</name>
    <message>
        <source>row %1: &quot;%2&quot; is not readable</source>
        <translation>rij %1: &quot;%2&quot; is niet leesbaar</translation>
    </message>
</context>
<context>
    <name>balie::api::Flavours</name>
    <message>
        <source>Balie platform</source>
        <translation>Balie-platform</translation>
    </message>
    <message>
        <source>OAS</source>
        <translation>OAS</translation>
    </message>
    <message>
        <source>Otesse</source>
        <translation>Otesse</translation>
    </message>
    <message>
        <source>Booking API</source>
        <translation>Booking API</translation>
    </message>
    <message>
        <source>Telesto</source>
        <translation>Telesto</translation>
    </message>
    <message>
        <source>Outseta</source>
        <translation>Outseta</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Gebruikersnaam en wachtwoord</translation>
    </message>
    <message>
        <source>API key and secret</source>
        <translation>API-sleutel en geheime sleutel</translation>
    </message>
</context>
<context>
    <name>balie::api::JsonFields</name>
    <message>
        <source>a row without &quot;%1&quot;</source>
        <translation>een rij zonder &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>balie::api::ListJob</name>
    <message>
        <source>The server pointed to another server (%1) for the next page; Balie did not follow, so that your credentials stay with this server.</source>
        <translation>Voor de volgende pagina verwees de server naar een andere server (%1); Balie is die verwijzing niet gevolgd, zodat je inloggegevens bij deze server blijven.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list Balie can read (%1).</source>
        <translation>Het antwoord van de server is geen lijst die Balie kan lezen (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The list was not complete after %n minute(s), so Balie stopped (%1 rows had arrived). The server may be very slow or keep sending more pages; try again later.</source>
        <translation>
            <numerusform>De lijst was na %n minuut nog niet compleet, dus Balie is gestopt (%1 rijen waren binnen). De server is misschien erg traag of blijft meer pagina&apos;s sturen; probeer het later opnieuw.</numerusform>
            <numerusform>De lijst was na %n minuten nog niet compleet, dus Balie is gestopt (%1 rijen waren binnen). De server is misschien erg traag of blijft meer pagina&apos;s sturen; probeer het later opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server kept linking to more pages than Balie fetches for one list (%1); the list is incomplete, so Balie stopped.</source>
        <translation>De server bleef naar meer pagina&apos;s verwijzen dan Balie voor één lijst ophaalt (%1); de lijst is onvolledig, dus Balie is gestopt.</translation>
    </message>
    <message>
        <source>The server said a page of this list does not exist (404) although it announced it; the list is incomplete, so Balie stopped. Try again; if it keeps happening, the server&apos;s paging is broken.</source>
        <translation>Volgens de server bestaat een pagina van deze lijst niet (404), terwijl de server die wel aankondigde; de lijst is onvolledig, dus Balie is gestopt. Probeer het opnieuw; blijft het gebeuren, dan klopt de paginering van de server niet.</translation>
    </message>
    <message>
        <source>The server announced %1 rows but sent only %2; the list is incomplete, so Balie did not use it. Try again; if it keeps happening, the server&apos;s paging is broken.</source>
        <translation>De server kondigde %1 rijen aan maar stuurde er maar %2; de lijst is onvolledig, dus Balie heeft hem niet gebruikt. Probeer het opnieuw; blijft het gebeuren, dan klopt de paginering van de server niet.</translation>
    </message>
</context>
<context>
    <name>balie::api::ObjectParser</name>
    <message>
        <source>The server&apos;s answer is not a record Balie can read.</source>
        <translation>Het antwoord van de server is geen gegeven dat Balie kan lezen.</translation>
    </message>
</context>
<context>
    <name>balie::api::Paginator</name>
    <message>
        <source>expected a page with &quot;results&quot;</source>
        <translation>een pagina met &quot;results&quot; verwacht</translation>
    </message>
    <message>
        <source>expected a page with &quot;data&quot;</source>
        <translation>een pagina met &quot;data&quot; verwacht</translation>
    </message>
    <message>
        <source>expected a page with &quot;items&quot;</source>
        <translation>een pagina met &quot;items&quot; verwacht</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>een lijst verwacht</translation>
    </message>
    <message>
        <source>the server announced %1 pages, more than Balie fetches (%2)</source>
        <translation>de server kondigde %1 pagina&apos;s aan, meer dan Balie ophaalt (%2)</translation>
    </message>
    <message>
        <source>&quot;total_pages&quot; is not a page count</source>
        <translation>&quot;total_pages&quot; is geen aantal pagina&apos;s</translation>
    </message>
</context>
<context>
    <name>balie::api::TokenAuthenticator</name>
    <message>
        <source>This server renews sessions elsewhere: none of %1 answered. Set its route with --refresh-path (balie-cli connections add … --refresh-path PATH), or log in again.</source>
        <translation>Deze server vernieuwt sessies ergens anders: geen van %1 antwoordde. Stel de route in met --refresh-path (balie-cli connections add … --refresh-path PATH), of log opnieuw in.</translation>
    </message>
</context>
<context>
    <name>balie::app</name>
    <message>
        <source>The front desk console for bookings.</source>
        <translation>De baliecomputer voor afspraken.</translation>
    </message>
    <message>
        <source>Run the demo: a local server with sample data, no account.</source>
        <translation>Start de demo: een lokale server met voorbeeldgegevens, zonder account.</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>De demoserver start…</translation>
    </message>
    <message>
        <source>The demo server did not start.</source>
        <translation>De demoserver is niet gestart.</translation>
    </message>
    <message>
        <source>With --demo: save the main screens as PNG files in &lt;dir&gt;, in English and Dutch, then quit.</source>
        <translation>Met --demo: de hoofdschermen als PNG-bestanden in &lt;dir&gt; bewaren, in het Engels en het Nederlands, en dan stoppen.</translation>
    </message>
    <message>
        <source>Start another console even when one is running (both then work on the same keychain and local data).</source>
        <translation>Nog een console starten, ook als er al een draait (beide werken dan met dezelfde sleutelbos en lokale gegevens).</translation>
    </message>
    <message>
        <source>Balie is already running: its window comes to the front. --new-instance starts another.</source>
        <translation>Balie draait al: het venster komt naar voren. --new-instance start er nog een.</translation>
    </message>
</context>
<context>
    <name>balie::cli::AuthCommands</name>
    <message>
        <source>The connection &quot;%1&quot; signs in with an API key, not with a password: there is no session to log in to or out of.</source>
        <translation>De verbinding &quot;%1&quot; logt in met een API-sleutel, niet met een wachtwoord: er is geen sessie om in of uit te loggen.</translation>
    </message>
    <message>
        <source>Password for %1 (%2) on %3: </source>
        <translation>Wachtwoord voor %1 (%2) op %3: </translation>
    </message>
    <message>
        <source>No password was given. Type it at the prompt, or send it on standard input (one line).</source>
        <translation>Er is geen wachtwoord opgegeven. Typ het bij de prompt, of geef het door via standaardinvoer (één regel).</translation>
    </message>
    <message>
        <source>Logged in to &quot;%1&quot; as %2.</source>
        <translation>Ingelogd bij &quot;%1&quot; als %2.</translation>
    </message>
    <message>
        <source>Logged out of &quot;%1&quot;.</source>
        <translation>Uitgelogd bij &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>balie::cli::BookingCommands</name>
    <message>
        <source>--to lies before --from.</source>
        <translation>--to ligt vóór --from.</translation>
    </message>
    <message>
        <source>Unknown --status &quot;%1&quot;: use created, confirmed, rescheduled, completed or cancelled.</source>
        <translation>Onbekende --status &quot;%1&quot;: gebruik created, confirmed, rescheduled, completed of cancelled.</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>afspraken</translation>
    </message>
    <message>
        <source>Times are read in this computer&apos;s time zone (%1); pass --tz to choose another.</source>
        <translation>Tijden gelden in de tijdzone van deze computer (%1); kies met --tz een andere.</translation>
    </message>
    <message>
        <source>The service names no time zone; times are read in this computer&apos;s (%1).</source>
        <translation>De dienst heeft geen tijdzone; tijden gelden in die van deze computer (%1).</translation>
    </message>
    <message>
        <source>The next available time is %1 (%2 %3; %4).</source>
        <translation>De eerstvolgende vrije tijd is %1 (%2 %3; %4).</translation>
    </message>
    <message>
        <source>Say which service with --service ID (see: balie-cli services list).</source>
        <translation>Geef met --service ID aan om welke dienst het gaat (zie: balie-cli services list).</translation>
    </message>
    <message>
        <source>Say who the booking is for: either --customer ID, or --customer-name NAME with --customer-email ADDRESS.</source>
        <translation>Geef aan voor wie de afspraak is: met --customer ID, of met --customer-name NAME en --customer-email ADDRESS.</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name with --customer-name.</source>
        <translation>Geef de naam van de klant op met --customer-name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>Say when with --at, such as --at &quot;2026-11-24 10:00&quot;.</source>
        <translation>Geef met --at het tijdstip op, bijvoorbeeld --at &quot;2026-11-24 10:00&quot;.</translation>
    </message>
    <message>
        <source>creating bookings</source>
        <translation>het maken van afspraken</translation>
    </message>
    <message>
        <source>Created the booking %1.</source>
        <translation>Afspraak %1 is ingepland.</translation>
    </message>
    <message>
        <source>Moved the booking %1.</source>
        <translation>Afspraak %1 is verzet.</translation>
    </message>
    <message>
        <source>changing bookings</source>
        <translation>het wijzigen van afspraken</translation>
    </message>
    <message>
        <source>There is no booking with the id &quot;%1&quot;.</source>
        <translation>Er is geen afspraak met ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The booking %1 is now %2.</source>
        <translation>Afspraak %1 heeft nu de status %2.</translation>
    </message>
    <message>
        <source>The booking&apos;s service &quot;%1&quot; is not among the services listed, so its time zone is unknown. Say which with --tz, such as --tz Europe/Amsterdam.</source>
        <translation>De dienst &quot;%1&quot; van de afspraak staat niet tussen de getoonde diensten, dus de tijdzone is onbekend. Geef die op met --tz, bijvoorbeeld --tz Europe/Amsterdam.</translation>
    </message>
    <message>
        <source>changing a booking&apos;s length</source>
        <translation>het wijzigen van de duur van een afspraak</translation>
    </message>
</context>
<context>
    <name>balie::cli::CliApp</name>
    <message>
        <source>The connection to use (default: the active one).</source>
        <translation>De verbinding die je gebruikt (standaard: de actieve).</translation>
    </message>
    <message>
        <source>The organisation to work on (default: the connection&apos;s active one).</source>
        <translation>De organisatie waarin je werkt (standaard: de actieve van de verbinding).</translation>
    </message>
    <message>
        <source>Print records as a JSON array of objects (times in ISO 8601 UTC).</source>
        <translation>Records weergeven als JSON-array van objecten (tijden in ISO 8601 UTC).</translation>
    </message>
    <message>
        <source>Keep the connections in this INI file instead of the user&apos;s settings (also: $BALIE_CONFIG).</source>
        <translation>De verbindingen in dit INI-bestand bewaren in plaats van in de gebruikersinstellingen (ook: $BALIE_CONFIG).</translation>
    </message>
    <message>
        <source>Print at most N rows of a list.</source>
        <translation>Maximaal N rijen van een lijst weergeven.</translation>
    </message>
    <message>
        <source>Add technical details to error messages.</source>
        <translation>Technische details aan foutmeldingen toevoegen.</translation>
    </message>
    <message>
        <source>Show this help, or the help of a command.</source>
        <translation>Deze hulptekst tonen, of de hulptekst van een opdracht.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>De versie tonen.</translation>
    </message>
    <message>
        <source>Kind of server: balie, oas, otesse, booking, telesto, outseta.</source>
        <translation>Soort server: balie, oas, otesse, booking, telesto, outseta.</translation>
    </message>
    <message>
        <source>Server address (base URL).</source>
        <translation>Serveradres (basis-URL).</translation>
    </message>
    <message>
        <source>How to sign in: login, api-key, bearer-key, raw-key or key-secret (default: the flavour&apos;s first).</source>
        <translation>Manier van inloggen: login, api-key, bearer-key, raw-key of key-secret (standaard: de eerste van die soort server).</translation>
    </message>
    <message>
        <source>User name, for --auth login.</source>
        <translation>Gebruikersnaam, voor --auth login.</translation>
    </message>
    <message>
        <source>E-mail address (of the login user, or of a new customer).</source>
        <translation>E-mailadres (van de gebruiker die inlogt, of van een nieuwe klant).</translation>
    </message>
    <message>
        <source>Rows per page to ask the server for.</source>
        <translation>Aantal rijen per pagina dat bij de server wordt opgevraagd.</translation>
    </message>
    <message>
        <source>Name of the new organisation, customer or product.</source>
        <translation>Naam van de nieuwe organisatie, klant of product.</translation>
    </message>
    <message>
        <source>Base currency (ISO 4217), such as EUR.</source>
        <translation>Basisvaluta (ISO 4217), bijvoorbeeld EUR.</translation>
    </message>
    <message>
        <source>Currencies, separated by commas: EUR,USD.</source>
        <translation>Valuta, gescheiden door komma&apos;s: EUR,USD.</translation>
    </message>
    <message>
        <source>Address of the organisation&apos;s image.</source>
        <translation>Adres van de afbeelding van de organisatie.</translation>
    </message>
    <message>
        <source>Only customers changed after this time.</source>
        <translation>Alleen klanten die na dit tijdstip zijn gewijzigd.</translation>
    </message>
    <message>
        <source>Only customers whose name, e-mail or phone holds TEXT.</source>
        <translation>Alleen klanten bij wie naam, e-mail of telefoon TEXT bevat.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Telefoonnummer.</translation>
    </message>
    <message>
        <source>Only bookings from this time.</source>
        <translation>Alleen afspraken vanaf dit tijdstip.</translation>
    </message>
    <message>
        <source>Only bookings up to this time.</source>
        <translation>Alleen afspraken tot dit tijdstip.</translation>
    </message>
    <message>
        <source>Only bookings with this status: created, confirmed, rescheduled, completed, cancelled.</source>
        <translation>Alleen afspraken met deze status: created, confirmed, rescheduled, completed, cancelled.</translation>
    </message>
    <message>
        <source>The customer&apos;s id.</source>
        <translation>ID van de klant.</translation>
    </message>
    <message>
        <source>A new customer&apos;s name (with --customer-email).</source>
        <translation>Naam van een nieuwe klant (samen met --customer-email).</translation>
    </message>
    <message>
        <source>A new customer&apos;s e-mail address.</source>
        <translation>E-mailadres van een nieuwe klant.</translation>
    </message>
    <message>
        <source>The service&apos;s id.</source>
        <translation>ID van de dienst.</translation>
    </message>
    <message>
        <source>Start time, such as &quot;2026-11-24 10:00&quot; (in --tz), or ISO 8601 with a zone.</source>
        <translation>Begintijd, bijvoorbeeld &quot;2026-11-24 10:00&quot; (in --tz), of ISO 8601 met een tijdzone.</translation>
    </message>
    <message>
        <source>Time zone of --at (default: the service&apos;s).</source>
        <translation>Tijdzone van --at (standaard: die van de dienst).</translation>
    </message>
    <message>
        <source>A note on the booking.</source>
        <translation>Een notitie bij de afspraak.</translation>
    </message>
    <message>
        <source>EAN-8, UPC-A, EAN-13 or GTIN-14 code, with its check digit.</source>
        <translation>EAN-8-, UPC-A-, EAN-13- of GTIN-14-code, met controlecijfer.</translation>
    </message>
    <message>
        <source>Stock on hand.</source>
        <translation>Huidige voorraad.</translation>
    </message>
    <message>
        <source>List the connections.</source>
        <translation>De verbindingen weergeven.</translation>
    </message>
    <message>
        <source>Add a connection. Its API key (and, for Outseta, the secret key on the next line) is read from standard input or a prompt and kept in the keychain only.</source>
        <translation>Een verbinding toevoegen. De API-sleutel (en voor Outseta de geheime sleutel op de volgende regel) wordt gelezen van standaardinvoer of gevraagd bij een prompt, en alleen in de sleutelbos bewaard.</translation>
    </message>
    <message>
        <source>Check that the connection works.</source>
        <translation>Controleren of de verbinding werkt.</translation>
    </message>
    <message>
        <source>Remove a connection and its secrets from the keychain.</source>
        <translation>Een verbinding verwijderen, samen met de inloggegevens in de sleutelbos.</translation>
    </message>
    <message>
        <source>Make a connection the active one.</source>
        <translation>Een verbinding actief maken.</translation>
    </message>
    <message>
        <source>Log in; the password is read from standard input or a prompt, the session is kept in the keychain.</source>
        <translation>Inloggen; het wachtwoord wordt gelezen van standaardinvoer of gevraagd bij een prompt, de sessie wordt in de sleutelbos bewaard.</translation>
    </message>
    <message>
        <source>Log out and forget the session.</source>
        <translation>Uitloggen en de sessie vergeten.</translation>
    </message>
    <message>
        <source>List the organisations.</source>
        <translation>De organisaties weergeven.</translation>
    </message>
    <message>
        <source>Create an organisation.</source>
        <translation>Een organisatie aanmaken.</translation>
    </message>
    <message>
        <source>Make an organisation the active one, on the server and for this connection.</source>
        <translation>Een organisatie actief maken, op de server en voor deze verbinding.</translation>
    </message>
    <message>
        <source>List the customers.</source>
        <translation>De klanten weergeven.</translation>
    </message>
    <message>
        <source>Add a customer.</source>
        <translation>Een klant toevoegen.</translation>
    </message>
    <message>
        <source>List the services.</source>
        <translation>De diensten weergeven.</translation>
    </message>
    <message>
        <source>List the bookings.</source>
        <translation>De afspraken weergeven.</translation>
    </message>
    <message>
        <source>Book a service. Sent once only, however often the network makes it retry; on a conflict the next available time is printed.</source>
        <translation>Een afspraak maken voor een dienst. Wordt maar één keer verstuurd, hoe vaak het netwerk het ook opnieuw probeert; bij een conflict wordt de eerstvolgende vrije tijd getoond.</translation>
    </message>
    <message>
        <source>Confirm a booking.</source>
        <translation>Een afspraak bevestigen.</translation>
    </message>
    <message>
        <source>Mark a booking as completed.</source>
        <translation>Een afspraak als afgerond markeren.</translation>
    </message>
    <message>
        <source>Cancel a booking.</source>
        <translation>Een afspraak annuleren.</translation>
    </message>
    <message>
        <source>List the products.</source>
        <translation>De producten weergeven.</translation>
    </message>
    <message>
        <source>Add a product.</source>
        <translation>Een product toevoegen.</translation>
    </message>
    <message>
        <source>Walk through the sandbox at URL with its demo account, in a temporary configuration.</source>
        <translation>De sandbox op URL doorlopen met het demo-account, in een tijdelijke configuratie.</translation>
    </message>
    <message>
        <source>Show the help of balie-cli or of one command.</source>
        <translation>De hulptekst van balie-cli of van één opdracht tonen.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] COMMAND [arguments] [options]</source>
        <translation>Gebruik: %1 [algemene opties] COMMAND [argumenten] [opties]</translation>
    </message>
    <message>
        <source>Balie&apos;s front desk for scripts and admins: connections, organisations, customers, services, bookings and products on any server that speaks one of the documented APIs.</source>
        <translation>Balie op de opdrachtregel, voor scripts en beheerders: verbindingen, organisaties, klanten, diensten, afspraken en producten op elke server die een van de gedocumenteerde API&apos;s ondersteunt.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Algemene opties:</translation>
    </message>
    <message>
        <source>Every command takes the options shown in its help: balie-cli help COMMAND, or balie-cli COMMAND --help.</source>
        <translation>Elke opdracht accepteert de opties uit de eigen hulptekst: balie-cli help COMMAND, of balie-cli COMMAND --help.</translation>
    </message>
    <message>
        <source>Secrets (API keys, passwords) are never taken as arguments: they are read from standard input, one per line, or typed at a prompt. They are kept only in the system keychain.</source>
        <translation>Inloggegevens (API-sleutels, wachtwoorden) worden nooit als argument aangenomen: ze worden gelezen van standaardinvoer, één per regel, of ingetypt bij een prompt. Ze worden alleen in de sleutelbos van het systeem bewaard.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Afsluitcodes:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Gebruik: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>Global options and exit codes: balie-cli --help</source>
        <translation>Algemene opties en afsluitcodes: balie-cli --help</translation>
    </message>
    <message>
        <source>See: balie-cli --help</source>
        <translation>Zie: balie-cli --help</translation>
    </message>
    <message>
        <source>Say what to do: a command such as &quot;customers list&quot;.</source>
        <translation>Geef aan wat er moet gebeuren: een opdracht zoals &quot;customers list&quot;.</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;.</source>
        <translation>De opdracht &quot;%1&quot; bestaat niet.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. %2 offers: %3.</source>
        <translation>Onbekende opdracht &quot;%1&quot;. Beschikbaar bij %2: %3.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Onbekende opdracht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1&quot;.</source>
        <translation>Onjuist aantal argumenten voor &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>De optie --%1 geldt niet voor &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more.</source>
        <translation>--limit vereist een geheel getal van 0 of meer.</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Kies --json of --csv, niet allebei.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gelukt</translation>
    </message>
    <message>
        <source>another error</source>
        <translation>een andere fout</translation>
    </message>
    <message>
        <source>bad command line or bad input; nothing was sent</source>
        <translation>ongeldige opdrachtregel of invoer; er is niets verstuurd</translation>
    </message>
    <message>
        <source>credentials refused, or log in first</source>
        <translation>inloggegevens geweigerd, of je moet eerst inloggen</translation>
    </message>
    <message>
        <source>not found (an organisation, booking, service, connection)</source>
        <translation>niet gevonden (een organisatie, afspraak, dienst, verbinding)</translation>
    </message>
    <message>
        <source>conflict: the time is taken (the next free slot is printed), or the booking&apos;s status does not allow it</source>
        <translation>conflict: het tijdstip is bezet (de eerstvolgende vrije tijd wordt getoond), of de status van de afspraak staat het niet toe</translation>
    </message>
    <message>
        <source>rate limited: too many requests; says when the next one can go</source>
        <translation>limiet bereikt: te veel verzoeken; meldt wanneer het weer kan</translation>
    </message>
    <message>
        <source>the server could not be reached, timed out, failed or sent nonsense (also TLS)</source>
        <translation>de server was onbereikbaar, reageerde niet op tijd, gaf een fout of stuurde onzin (ook TLS)</translation>
    </message>
    <message>
        <source>no usable keychain for the secrets</source>
        <translation>geen bruikbare sleutelbos voor de inloggegevens</translation>
    </message>
    <message>
        <source>this connection&apos;s kind of server does not offer it</source>
        <translation>de soort server van deze verbinding ondersteunt het niet</translation>
    </message>
    <message>
        <source>a change was sent but its answer was lost: look it up before you repeat it, or repeat it with the same --idempotency-key</source>
        <translation>een wijziging is verstuurd maar het antwoord ging verloren: kijk het na voordat je het herhaalt, of herhaal het met dezelfde --idempotency-key</translation>
    </message>
    <message>
        <source>A key of your own for this create (such as a UUID): run the same command with the same key again and a server that honours keys (the platform, Otesse) answers with the first result instead of creating twice.</source>
        <translation>Een eigen sleutel voor dit aanmaken (bijvoorbeeld een UUID): voer dezelfde opdracht met dezelfde sleutel nog eens uit en een server die sleutels respecteert (het platform, Otesse) antwoordt met het eerste resultaat in plaats van iets twee keer aan te maken.</translation>
    </message>
    <message>
        <source>Requests this connection may send in its server&apos;s window, where a plan differs from the documented limit: Outseta per second, Telesto per hour, Booking API creations per minute.</source>
        <translation>Aantal verzoeken dat deze verbinding mag sturen binnen het venster van de server, als een abonnement afwijkt van de gedocumenteerde limiet: Outseta per seconde, Telesto per uur, Booking API aanmaakverzoeken per minuut.</translation>
    </message>
    <message>
        <source>Token refresh route of a login server (default: /api/auth/refresh/; the common others are tried and the one that works is kept).</source>
        <translation>Route voor het vernieuwen van tokens op een inlogserver (standaard: /api/auth/refresh/; de gangbare andere worden geprobeerd en de route die werkt wordt bewaard).</translation>
    </message>
    <message>
        <source>What an Outseta server&apos;s offset counts: items (the default) or pages.</source>
        <translation>Wat de offset van een Outseta-server telt: items (standaard) of pagina&apos;s.</translation>
    </message>
    <message>
        <source>List the accounts: the companies or households customers belong to (Outseta).</source>
        <translation>De accounts weergeven: de bedrijven of huishoudens waartoe klanten horen (Outseta).</translation>
    </message>
    <message>
        <source>Print records as CSV (RFC 4180; times in ISO 8601 UTC). A value a spreadsheet would run as a formula starts with an apostrophe; --json gives every value as it is.</source>
        <translation>Records als CSV weergeven (RFC 4180; tijden in ISO 8601 UTC). Een waarde die een spreadsheet als formule zou uitvoeren, begint met een apostrof; --json geeft elke waarde zoals ze is.</translation>
    </message>
    <message>
        <source>List what the console keeps on this computer, without asking the server, and say how old it is.</source>
        <translation>Toon wat de console op deze computer bewaart, zonder de server te vragen, en zeg hoe oud het is.</translation>
    </message>
    <message>
        <source>Print this help as a manual page (roff, for man -l).</source>
        <translation>Deze hulp als handleidingpagina afdrukken (roff, voor man -l).</translation>
    </message>
    <message>
        <source>Print a completion script for the shell: bash.</source>
        <translation>Een aanvulscript voor de shell afdrukken: bash.</translation>
    </message>
    <message>
        <source>Print only the names, one per line (for scripts and completion).</source>
        <translation>Alleen de namen afdrukken, één per regel (voor scripts en aanvullen).</translation>
    </message>
    <message>
        <source>Completion is written for bash only.</source>
        <translation>Aanvullen is er alleen voor bash.</translation>
    </message>
    <message>
        <source>Length in minutes (a new booking: the service&apos;s by default; a move: the same length by default).</source>
        <translation>Duur in minuten (een nieuwe afspraak: standaard die van de dienst; bij verzetten: standaard dezelfde duur).</translation>
    </message>
    <message>
        <source>Move a booking to another time; --duration gives it a new length where the server can (the Balie platform).</source>
        <translation>Een afspraak naar een andere tijd verzetten; --duration geeft haar een nieuwe duur waar de server dat kan (het Balie-platform).</translation>
    </message>
</context>
<context>
    <name>balie::cli::CliInput</name>
    <message>
        <source>%1 does not exist in the time zone %2 (the clocks skip it).</source>
        <translation>%1 bestaat niet in de tijdzone %2 (de klok slaat dit tijdstip over).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time. Write it as 2026-11-24 10:00, or in ISO 8601 such as 2026-11-24T09:00:00Z.</source>
        <translation>&quot;%1&quot; is geen datum en tijd. Schrijf het als 2026-11-24 10:00, of in ISO 8601, zoals 2026-11-24T09:00:00Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone. Use an IANA name such as Europe/Amsterdam.</source>
        <translation>&quot;%1&quot; is geen bekende tijdzone. Gebruik een IANA-naam zoals Europe/Amsterdam.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 vereist een geheel getal van %2 tot en met %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (such as EUR or USD).</source>
        <translation>&quot;%1&quot; is geen ISO 4217-valutacode (zoals EUR of USD).</translation>
    </message>
    <message>
        <source>Name at least one currency, such as EUR,USD.</source>
        <translation>Geef ten minste één valuta op, bijvoorbeeld EUR,USD.</translation>
    </message>
</context>
<context>
    <name>balie::cli::CliOutput</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <comment>below a table</comment>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balie::cli::CliReference</name>
    <message>
        <source>User Commands</source>
        <translation>Gebruikersopdrachten</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>Balie&apos;s front desk for scripts and admins</source>
        <translation>De balie van Balie voor scripts en beheerders</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>OVERZICHT</translation>
    </message>
    <message>
        <source>global options</source>
        <translation>algemene opties</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHRIJVING</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>OPDRACHTEN</translation>
    </message>
    <message>
        <source>GLOBAL OPTIONS</source>
        <translation>ALGEMENE OPTIES</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>OMGEVING</translation>
    </message>
    <message>
        <source>The INI file of the connections, as --config gives it.</source>
        <translation>Het INI-bestand met de verbindingen, zoals --config het opgeeft.</translation>
    </message>
    <message>
        <source>Which log lines to print, such as &quot;balie.*.debug=true&quot;; --verbose prints the library&apos;s warnings.</source>
        <translation>Welke logregels worden afgedrukt, zoals &quot;balie.*.debug=true&quot;; --verbose drukt de waarschuwingen van de bibliotheek af.</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>AFSLUITCODE</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>ZIE OOK</translation>
    </message>
</context>
<context>
    <name>balie::cli::CliSession</name>
    <message>
        <source>There is no connection named &quot;%1&quot;. See the list with: balie-cli connections list</source>
        <translation>Er is geen verbinding met de naam &quot;%1&quot;. Bekijk de lijst met: balie-cli connections list</translation>
    </message>
    <message>
        <source>There is no connection yet. Add one with: balie-cli connections add NAME --flavour FLAVOUR --url URL</source>
        <translation>Er is nog geen verbinding. Voeg er een toe met: balie-cli connections add NAME --flavour FLAVOUR --url URL</translation>
    </message>
    <message>
        <source>No connection is active. Choose one with --connection NAME, or make one active with: balie-cli connections use NAME</source>
        <translation>Er is geen verbinding actief. Kies er een met --connection NAME, of maak er een actief met: balie-cli connections use NAME</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; cannot be used: %2</source>
        <translation>De verbinding &quot;%1&quot; kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>No organisation is chosen. Pass --org ID, or make one active with: balie-cli organisations activate ID</source>
        <translation>Er is geen organisatie gekozen. Geef --org ID op, of maak er een actief met: balie-cli organisations activate ID</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is a %2 server, which does not offer %3.</source>
        <translation>De verbinding &quot;%1&quot; is van het type %2, dat geen ondersteuning biedt voor %3.</translation>
    </message>
    <message>
        <source>The new session could not be kept in the keychain: %1</source>
        <translation>De nieuwe sessie kon niet in de sleutelbos worden bewaard: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field, then what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The next request can go at %1 (%2).</source>
        <translation>Een nieuw verzoek is mogelijk vanaf %1 (%2).</translation>
    </message>
    <message>
        <source>log in with: %1</source>
        <translation>log in met: %1</translation>
    </message>
    <message>
        <source>See: balie-cli --help</source>
        <translation>Zie: balie-cli --help</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>De sleutelbos kon niet worden gebruikt.</translation>
    </message>
    <message>
        <source>To repeat it safely, run the same command with --idempotency-key %1: the server then answers with the first result instead of making it twice.</source>
        <translation>Herhaal het veilig door dezelfde opdracht uit te voeren met --idempotency-key %1: de server antwoordt dan met het eerste resultaat in plaats van het twee keer te doen.</translation>
    </message>
    <message>
        <source>This server does not promise to recognise a repeat: list what you created before you run the command again.</source>
        <translation>Deze server belooft niet dat hij een herhaling herkent: bekijk de lijst van wat je hebt aangemaakt voordat je de opdracht opnieuw uitvoert.</translation>
    </message>
    <message>
        <source>--idempotency-key needs 1 to 255 visible ASCII characters (letters, digits, - and the like), such as a UUID.</source>
        <translation>--idempotency-key vereist 1 tot 255 zichtbare ASCII-tekens (letters, cijfers, - en dergelijke), bijvoorbeeld een UUID.</translation>
    </message>
    <message>
        <source>This list is not kept on this computer yet: open it in the console first.</source>
        <translation>Deze lijst wordt nog niet op deze computer bewaard: open hem eerst in de console.</translation>
    </message>
    <message>
        <source>Kept on this computer; when it was loaded is not known.</source>
        <translation>Bewaard op deze computer; wanneer het is geladen, is niet bekend.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuut geleden</numerusform>
            <numerusform>%n minuten geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n uur geleden</numerusform>
            <numerusform>%n uur geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept on this computer: as the server gave it at %1 (%2).</source>
        <translation>Bewaard op deze computer: zoals de server het gaf op %1 (%2).</translation>
    </message>
</context>
<context>
    <name>balie::cli::ConnectionCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already. Remove it first, or pick another name.</source>
        <translation>Er bestaat al een verbinding met de naam &quot;%1&quot;. Verwijder die eerst, of kies een andere naam.</translation>
    </message>
    <message>
        <source>Say what kind of server this is with --flavour (balie, oas, otesse, booking, telesto or outseta).</source>
        <translation>Geef met --flavour aan wat voor server dit is (balie, oas, otesse, booking, telesto of outseta).</translation>
    </message>
    <message>
        <source>Unknown --flavour &quot;%1&quot;: use one of %2.</source>
        <translation>Onbekende --flavour &quot;%1&quot;: gebruik een van %2.</translation>
    </message>
    <message>
        <source>A %1 server signs in with --auth %2.</source>
        <translation>Een server van het type %1 logt in met --auth %2.</translation>
    </message>
    <message>
        <source>Give the server address with --url, for example %1.</source>
        <translation>Geef het serveradres op met --url, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>API-sleutel voor %1: </translation>
    </message>
    <message>
        <source>No API key was given. Type it at the prompt, or send it on standard input (one line).</source>
        <translation>Er is geen API-sleutel opgegeven. Typ die bij de prompt, of geef hem door via standaardinvoer (één regel).</translation>
    </message>
    <message>
        <source>Secret key for %1: </source>
        <translation>Geheime sleutel voor %1: </translation>
    </message>
    <message>
        <source>No secret key was given. Send it on the line after the API key.</source>
        <translation>Er is geen geheime sleutel opgegeven. Geef die door op de regel na de API-sleutel.</translation>
    </message>
    <message>
        <source>Added the connection &quot;%1&quot; (%2).</source>
        <translation>Verbinding &quot;%1&quot; (%2) is toegevoegd.</translation>
    </message>
    <message>
        <source>Log in with: balie-cli login --connection &quot;%1&quot;</source>
        <translation>Log in met: balie-cli login --connection &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Check it with: balie-cli connections test --connection &quot;%1&quot;</source>
        <translation>Controleer de verbinding met: balie-cli connections test --connection &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; works.</source>
        <translation>De verbinding &quot;%1&quot; werkt.</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>De server antwoordde: %1</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Er is geen verbinding met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Removed the connection &quot;%1&quot; and its secrets.</source>
        <translation>De verbinding &quot;%1&quot; en de bijbehorende inloggegevens zijn verwijderd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the active connection.</source>
        <translation>&quot;%1&quot; is nu de actieve verbinding.</translation>
    </message>
    <message>
        <source>--offset-unit is &quot;items&quot; or &quot;pages&quot;.</source>
        <translation>--offset-unit is &quot;items&quot; of &quot;pages&quot;.</translation>
    </message>
</context>
<context>
    <name>balie::cli::CustomerCommands</name>
    <message>
        <source>customers</source>
        <translation>klanten</translation>
    </message>
    <message>
        <source>a list of the customers changed after a time</source>
        <translation>een lijst van klanten die na een bepaald tijdstip zijn gewijzigd</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name with --name.</source>
        <translation>Geef de naam van de klant op met --name.</translation>
    </message>
    <message>
        <source>Give the customer&apos;s e-mail address with --email.</source>
        <translation>Geef het e-mailadres van de klant op met --email.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>adding customers</source>
        <translation>het toevoegen van klanten</translation>
    </message>
    <message>
        <source>Added the customer &quot;%1&quot; (%2).</source>
        <translation>Klant &quot;%1&quot; (%2) is toegevoegd.</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>accounts</translation>
    </message>
</context>
<context>
    <name>balie::cli::DemoCommand</name>
    <message>
        <source>Give the sandbox&apos;s address with --url, such as http://127.0.0.1:8080.</source>
        <translation>Geef het adres van de sandbox op met --url, bijvoorbeeld http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the demo: %1</source>
        <translation>Kan geen tijdelijke map voor de demo aanmaken: %1</translation>
    </message>
    <message>
        <source>Balie demo</source>
        <translation>Balie-demo</translation>
    </message>
    <message>
        <source>No keychain is available here: the demo keeps its credentials in memory only and writes them nowhere.</source>
        <translation>Er is hier geen sleutelbos beschikbaar: de demo houdt de inloggegevens alleen in het geheugen en schrijft ze nergens weg.</translation>
    </message>
    <message>
        <source>The demo&apos;s keychain entries are removed.</source>
        <translation>De gegevens van de demo in de sleutelbos zijn verwijderd.</translation>
    </message>
    <message>
        <source>Logging in to %1 as %2 (%3)…</source>
        <translation>Inloggen bij %1 als %2 (%3)…</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>The demo account has no organisations.</source>
        <translation>Het demo-account heeft geen organisaties.</translation>
    </message>
    <message>
        <source>Logged in; the session is kept in the keychain until the demo ends.
</source>
        <translation>Ingelogd; de sessie blijft in de sleutelbos bewaard tot het einde van de demo.
</translation>
    </message>
    <message>
        <source>The keychain did not keep the session (%1); the demo goes on with it in memory only.
</source>
        <translation>De sleutelbos heeft de sessie niet bewaard (%1); de demo gaat verder met de sessie alleen in het geheugen.
</translation>
    </message>
    <message numerus="yes">
        <source>The first %n customer(s)</source>
        <translation>
            <numerusform>De eerste %n klant</numerusform>
            <numerusform>De eerste %n klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message numerus="yes">
        <source>The first %n booking(s)</source>
        <translation>
            <numerusform>De eerste %n afspraak</numerusform>
            <numerusform>De eerste %n afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n product(s)</source>
        <translation>
            <numerusform>Het eerste %n product</numerusform>
            <numerusform>De eerste %n producten</numerusform>
        </translation>
    </message>
    <message>
        <source>That was the demo. Try balie-cli --help for everything else.</source>
        <translation>Dat was de demo. Met balie-cli --help zie je wat er verder nog kan.</translation>
    </message>
</context>
<context>
    <name>balie::cli::OrganisationCommands</name>
    <message>
        <source>Give the organisation a name with --name.</source>
        <translation>Geef de organisatie een naam met --name.</translation>
    </message>
    <message>
        <source>Give the base currency with --base-currency, such as EUR.</source>
        <translation>Geef de basisvaluta op met --base-currency, bijvoorbeeld EUR.</translation>
    </message>
    <message>
        <source>The base currency %1 must be one of --currencies (%2).</source>
        <translation>De basisvaluta %1 moet een van de --currencies zijn (%2).</translation>
    </message>
    <message>
        <source>--image needs a web address such as https://example.com/logo.png.</source>
        <translation>--image vereist een webadres zoals https://example.com/logo.png.</translation>
    </message>
    <message>
        <source>creating organisations</source>
        <translation>het aanmaken van organisaties</translation>
    </message>
    <message>
        <source>Created the organisation &quot;%1&quot; (%2).</source>
        <translation>Organisatie &quot;%1&quot; (%2) is aangemaakt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is now the active organisation.</source>
        <translation>&quot;%1&quot; (%2) is nu de actieve organisatie.</translation>
    </message>
    <message>
        <source>This connection has one organisation only: %1.</source>
        <translation>Deze verbinding heeft maar één organisatie: %1.</translation>
    </message>
    <message>
        <source>The organisation %1 is now the active one.</source>
        <translation>Organisatie %1 is nu de actieve organisatie.</translation>
    </message>
</context>
<context>
    <name>balie::cli::ProductCommands</name>
    <message>
        <source>products</source>
        <translation>producten</translation>
    </message>
    <message>
        <source>Give the product&apos;s name with --name.</source>
        <translation>Geef de naam van het product op met --name.</translation>
    </message>
    <message>
        <source>Give the product&apos;s EAN or UPC code with --ean.</source>
        <translation>Geef de EAN- of UPC-code van het product op met --ean.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid EAN or UPC code: it needs 8, 12, 13 or 14 digits with a correct check digit.</source>
        <translation>&quot;%1&quot; is geen geldige EAN- of UPC-code: die moet uit 8, 12, 13 of 14 cijfers bestaan, met een juist controlecijfer.</translation>
    </message>
    <message>
        <source>adding products</source>
        <translation>het toevoegen van producten</translation>
    </message>
    <message>
        <source>Added the product &quot;%1&quot; (%2).</source>
        <translation>Product &quot;%1&quot; (%2) is toegevoegd.</translation>
    </message>
</context>
<context>
    <name>balie::cli::ServiceCommands</name>
    <message>
        <source>services</source>
        <translation>diensten</translation>
    </message>
    <message>
        <source>There is no service with the id &quot;%1&quot;. See them with: balie-cli services list</source>
        <translation>Er is geen dienst met ID &quot;%1&quot;. Bekijk de diensten met: balie-cli services list</translation>
    </message>
</context>
<context>
    <name>balie::models::AccountTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>balie::models::BookingTableModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Klant-ID</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-mail klant</translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation>Dienst-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Gewijzigd</translation>
    </message>
</context>
<context>
    <name>balie::models::ChangeHistory</name>
    <message>
        <source>new booking of %1</source>
        <translation>nieuwe afspraak van %1</translation>
    </message>
    <message>
        <source>confirmation of the booking of %1</source>
        <translation>bevestigen van de afspraak van %1</translation>
    </message>
    <message>
        <source>move of the booking of %1</source>
        <translation>verzetten van de afspraak van %1</translation>
    </message>
    <message>
        <source>completion of the booking of %1</source>
        <translation>afronden van de afspraak van %1</translation>
    </message>
    <message>
        <source>cancellation of the booking of %1</source>
        <translation>annuleren van de afspraak van %1</translation>
    </message>
    <message>
        <source>new customer %1</source>
        <translation>nieuwe klant %1</translation>
    </message>
    <message>
        <source>edit of customer %1</source>
        <translation>wijziging van klant %1</translation>
    </message>
    <message>
        <source>new product %1</source>
        <translation>nieuw product %1</translation>
    </message>
    <message>
        <source>edit of product %1</source>
        <translation>wijziging van product %1</translation>
    </message>
    <message>
        <source>Undone: %1. Nothing was sent.</source>
        <translation>Ongedaan gemaakt: %1. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>Undone: %1. The booking is cancelled.</source>
        <translation>Ongedaan gemaakt: %1. De afspraak is geannuleerd.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Ongedaan gemaakt: %1.</translation>
    </message>
    <message>
        <source>Not undone: %1 is on its way to the server. Try again in a moment.</source>
        <translation>Niet ongedaan gemaakt: %1 is onderweg naar de server. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Not undone: %1.</source>
        <translation>Niet ongedaan gemaakt: %1.</translation>
    </message>
    <message>
        <source>Not undone: %1. %2</source>
        <translation>Niet ongedaan gemaakt: %1. %2</translation>
    </message>
    <message>
        <source>Not undone: %1. The server&apos;s record was changed since; nothing was overwritten.</source>
        <translation>Niet ongedaan gemaakt: %1. De gegevens op de server zijn intussen gewijzigd; er is niets overschreven.</translation>
    </message>
    <message>
        <source>Not undone: %1 has reached the server, which cannot take it back.</source>
        <translation>Niet ongedaan gemaakt: %1 heeft de server bereikt, die het niet kan terugdraaien.</translation>
    </message>
    <message>
        <source>Not undone: %1 has reached the server, which offers no way to delete it.</source>
        <translation>Niet ongedaan gemaakt: %1 heeft de server bereikt, die geen manier biedt om het te verwijderen.</translation>
    </message>
    <message>
        <source>Undone: %1. It is back on %2 at %3.</source>
        <translation>Ongedaan gemaakt: %1. De afspraak staat weer op %2 om %3.</translation>
    </message>
    <message>
        <source>new length of the booking of %1</source>
        <translation>nieuwe duur van de afspraak van %1</translation>
    </message>
    <message>
        <source>Undone: %1. It ends at %2 again.</source>
        <translation>Ongedaan gemaakt: %1. De afspraak eindigt weer om %2.</translation>
    </message>
    <message>
        <source>Not undone: %1. Its length before is not known.</source>
        <translation>Niet ongedaan gemaakt: %1. De duur van daarvoor is niet bekend.</translation>
    </message>
    <message>
        <source>%1 The server keeps it marked as moved.</source>
        <translation>%1 De server houdt haar gemarkeerd als verzet.</translation>
    </message>
    <message>
        <source>%1 It is confirmed again.</source>
        <translation>%1 Ze is weer bevestigd.</translation>
    </message>
    <message>
        <source>%1 It could not be confirmed again: %2</source>
        <translation>%1 Ze kon niet opnieuw worden bevestigd: %2</translation>
    </message>
</context>
<context>
    <name>balie::models::CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>balie::models::DayAgenda</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No bookings</source>
        <translation>Geen afspraken</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count, status</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s): %1</source>
        <translation>
            <numerusform>%n afspraak: %1</numerusform>
            <numerusform>%n afspraken: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balie::models::DeskSearch</name>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation>%1 op voorraad</translation>
    </message>
</context>
<context>
    <name>balie::models::Format</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4)</source>
        <comment>days, opening time, closing time, time zone</comment>
        <translation>%1, %2–%3 (%4)</translation>
    </message>
    <message>
        <source>per hour</source>
        <comment>price type</comment>
        <translation>per uur</translation>
    </message>
    <message>
        <source>flat</source>
        <comment>price type</comment>
        <translation>vast</translation>
    </message>
    <message>
        <source>on request</source>
        <comment>price type</comment>
        <translation>op aanvraag</translation>
    </message>
</context>
<context>
    <name>balie::models::KeptRecords</name>
    <message>
        <source>Nothing of this connection is kept on this computer yet: open it in the console first.</source>
        <translation>Van deze verbinding wordt nog niets op deze computer bewaard: open hem eerst in de console.</translation>
    </message>
</context>
<context>
    <name>balie::models::OrganisationDirectory</name>
    <message>
        <source>%1 (%2)</source>
        <comment>organisation (connection)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>balie::models::OrganisationSession</name>
    <message>
        <source>%1 — %2</source>
        <comment>organisation — connection</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The connection is closed. Open it again.</source>
        <translation>De verbinding is gesloten. Open haar opnieuw.</translation>
    </message>
    <message>
        <source>Sent at %1; until then it can be undone.</source>
        <translation>Wordt om %1 verstuurd; tot dan kan het ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Waiting to be sent: the server cannot be reached now.</source>
        <translation>Wacht om verstuurd te worden: de server is nu niet bereikbaar.</translation>
    </message>
    <message>
        <source>Being sent.</source>
        <translation>Wordt verstuurd.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <source>New booking: %1, %2</source>
        <translation>Nieuwe afspraak: %1, %2</translation>
    </message>
    <message>
        <source>%1: booking %2, to %3</source>
        <translation>%1: afspraak %2, naar %3</translation>
    </message>
    <message>
        <source>%1: booking %2</source>
        <translation>%1: afspraak %2</translation>
    </message>
    <message>
        <source>New customer: %1</source>
        <translation>Nieuwe klant: %1</translation>
    </message>
    <message>
        <source>Customer changed: %1</source>
        <translation>Klant gewijzigd: %1</translation>
    </message>
    <message>
        <source>New product: %1</source>
        <translation>Nieuw product: %1</translation>
    </message>
    <message>
        <source>Product changed: %1</source>
        <translation>Product gewijzigd: %1</translation>
    </message>
    <message>
        <source>%1: booking of %2, to %3</source>
        <translation>%1: afspraak van %2, naar %3</translation>
    </message>
    <message>
        <source>%1: booking of %2, %3</source>
        <translation>%1: afspraak van %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1, %n min</numerusform>
            <numerusform>%1, %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balie::models::OrganisationTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Basisvaluta</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
</context>
<context>
    <name>balie::models::Outbox</name>
    <message>
        <source>This change cannot be read; drop it.</source>
        <translation>Deze wijziging kan niet worden gelezen; verwijder haar.</translation>
    </message>
    <message>
        <source>Balie stopped while sending this. It may have arrived: check, then send it again or drop it.</source>
        <translation>Balie stopte tijdens het versturen hiervan. Het kan zijn aangekomen: controleer het en verstuur het opnieuw of verwijder het.</translation>
    </message>
    <message>
        <source>The change could not be kept on this computer, so it was not sent.</source>
        <translation>De wijziging kon niet op deze computer worden bewaard en is daarom niet verstuurd.</translation>
    </message>
    <message>
        <source>The answer was lost: it may have arrived. Check, then send it again or drop it.</source>
        <translation>Het antwoord ging verloren: het kan zijn aangekomen. Controleer het en verstuur het opnieuw of verwijder het.</translation>
    </message>
</context>
<context>
    <name>balie::models::OutboxModel</name>
    <message>
        <source>Held (can be undone)</source>
        <translation>Aangehouden (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wordt verstuurd</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Niet verstuurd</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>May have arrived</source>
        <translation>Mogelijk aangekomen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
</context>
<context>
    <name>balie::models::ProductTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>EAN/UPC</source>
        <translation>EAN/UPC</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>balie::models::ServiceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>Prijstype</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opent</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Sluit</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
</context>
<context>
    <name>balie::models::Workspace</name>
    <message>
        <source>The connection is closed. Open it again.</source>
        <translation>De verbinding is gesloten. Open haar opnieuw.</translation>
    </message>
    <message>
        <source>There is no such connection.</source>
        <translation>Deze verbinding bestaat niet.</translation>
    </message>
</context>
<context>
    <name>balie::ui::AgendaPrint</name>
    <message>
        <source>%1 – %2</source>
        <comment>a period: first day, last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a booking&apos;s time: start, end</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>Geen afspraken.</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Afgedrukt %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>balie::ui::BookingCalendarGrid</name>
    <message>
        <source>%1–%2</source>
        <comment>start and end time of a booking</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1
%2
Status: %3</source>
        <translation>%1
%2
Status: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>customer and service of a booking in the calendar</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>start time, then customer and service, of a booking on one line in the calendar</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 · %n min</source>
        <comment>start and end time, and length, of a booking</comment>
        <translation>
            <numerusform>%1–%2 · %n min</numerusform>
            <numerusform>%1–%2 · %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balie::ui::BookingCalendarView</name>
    <message>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorige dag</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Volgende dag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Eén dag tonen</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Show a week</source>
        <translation>Een week tonen</translation>
    </message>
    <message>
        <source>Booking calendar</source>
        <translation>Afsprakenagenda</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of the week shown</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>balie::ui::BookingEditorDialog</name>
    <message>
        <source>Bookable %1</source>
        <translation>Beschikbaar %1</translation>
    </message>
    <message>
        <source>%1 your time</source>
        <comment>the booking&apos;s start in the user&apos;s own time zone</comment>
        <translation>%1 in jouw tijdzone</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Kies een dienst.</translation>
    </message>
    <message>
        <source>This time does not exist in %1.</source>
        <translation>Dit tijdstip bestaat niet in %1.</translation>
    </message>
    <message>
        <source>Outside the service&apos;s hours: %1.</source>
        <translation>Buiten de openingstijden van de dienst: %1.</translation>
    </message>
    <message>
        <source>The connection is closed. Open it again to save.</source>
        <translation>De verbinding is gesloten. Open haar opnieuw om te bewaren.</translation>
    </message>
    <message>
        <source>This time is taken.</source>
        <translation>Dit tijdstip is al bezet.</translation>
    </message>
    <message>
        <source>The next free time is shown below.</source>
        <translation>Het eerstvolgende vrije tijdstip staat hieronder.</translation>
    </message>
    <message>
        <source>Book at %1</source>
        <translation>Inplannen op %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Verzetten naar %1</translation>
    </message>
    <message>
        <source>Nothing is free in the next 90 days; choose another service or a later date.</source>
        <translation>De komende 90 dagen is er niets vrij; kies een andere dienst of een latere datum.</translation>
    </message>
    <message>
        <source>Unsaved booking</source>
        <translation>Afspraak niet bewaard</translation>
    </message>
    <message>
        <source>Close without booking? What you typed will be lost.</source>
        <translation>Sluiten zonder de afspraak in te plannen? Wat je hebt getypt, gaat verloren.</translation>
    </message>
    <message>
        <source>Close without rescheduling? The new time will be lost.</source>
        <translation>Sluiten zonder te verzetten? Het nieuwe tijdstip gaat verloren.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Sluiten zonder bewaren</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <source>Reschedule booking</source>
        <translation>Afspraak verzetten</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Inplannen</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Verzetten</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>Datum en &amp;tijd:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation>Dienst-ID</translation>
    </message>
    <message>
        <source>Date, in the service&apos;s time zone</source>
        <translation>Datum, in de tijdzone van de dienst</translation>
    </message>
    <message>
        <source>Start time, in the service&apos;s time zone</source>
        <translation>Begintijd, in de tijdzone van de dienst</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <comment>weekday and date, start time, end time</comment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 — in the past</source>
        <comment>a booking&apos;s time</comment>
        <translation>%1 — in het verleden</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Book in the past?</source>
        <translation>Afspraak in het verleden maken?</translation>
    </message>
    <message>
        <source>Move to the past?</source>
        <translation>Naar het verleden verzetten?</translation>
    </message>
    <message>
        <source>%1 is in the past. Book it anyway?</source>
        <translation>%1 ligt in het verleden. Toch deze afspraak maken?</translation>
    </message>
    <message>
        <source>%1 is in the past. Move the booking there anyway?</source>
        <translation>%1 ligt in het verleden. De afspraak toch daarheen verzetten?</translation>
    </message>
    <message>
        <source>Book in the past</source>
        <translation>Toch in het verleden maken</translation>
    </message>
    <message>
        <source>Move to the past</source>
        <translation>Toch naar het verleden verzetten</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Tijd aanpassen</translation>
    </message>
    <message>
        <source>The time asked for (%1) was taken meanwhile. The next free time is filled in: book it, or choose another.</source>
        <translation>Het gevraagde tijdstip (%1) is intussen bezet. Het eerstvolgende vrije tijdstip is ingevuld: boek dat, of kies een ander.</translation>
    </message>
    <message>
        <source>The time asked for (%1) was taken meanwhile. Choose another time.</source>
        <translation>Het gevraagde tijdstip (%1) is intussen bezet. Kies een ander tijdstip.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>balie::ui::BookingPresentation</name>
    <message>
        <source>no days</source>
        <translation>geen dagen</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>elke dag</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of week days</comment>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list of week days</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4)</source>
        <comment>days, opening time, closing time, time zone</comment>
        <translation>%1, %2–%3 (%4)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>time, time zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), %3 your time</source>
        <comment>time in the service&apos;s zone, zone, local time</comment>
        <translation>%1 (%2), %3 in jouw tijdzone</translation>
    </message>
</context>
<context>
    <name>balie::ui::BookingStatusLegend</name>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Colour of %1 bookings</source>
        <translation>Kleur van afspraken met status %1</translation>
    </message>
    <message>
        <source>Status colours</source>
        <translation>Statuskleuren</translation>
    </message>
</context>
<context>
    <name>balie::ui::BookingsPage</name>
    <message>
        <source>Choose an organisation to see its bookings.</source>
        <translation>Kies een organisatie om haar afspraken te zien.</translation>
    </message>
    <message>
        <source>The connection “%1” (%2) does not offer bookings.</source>
        <translation>De verbinding „%1” (%2) ondersteunt geen afspraken.</translation>
    </message>
    <message>
        <source>Loading bookings…</source>
        <translation>Afspraken laden…</translation>
    </message>
    <message>
        <source>The bookings could not be loaded.</source>
        <translation>De afspraken konden niet worden geladen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>customer, date and time</comment>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Afspraak annuleren</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 (%2)?</source>
        <translation>De afspraak van %1 (%2) annuleren?</translation>
    </message>
    <message>
        <source>The customer&apos;s time becomes free for others.</source>
        <translation>Het tijdstip van de klant komt dan weer vrij voor anderen.</translation>
    </message>
    <message>
        <source>Keep booking</source>
        <translation>Afspraak behouden</translation>
    </message>
    <message>
        <source>%1: the booking of %2</source>
        <comment>action, booking</comment>
        <translation>%1: de afspraak van %2</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Bookings from</source>
        <translation>Afspraken vanaf</translation>
    </message>
    <message>
        <source>Bookings until</source>
        <translation>Afspraken tot</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Filter by customer, service or note</source>
        <translation>Filteren op klant, dienst of notitie</translation>
    </message>
    <message>
        <source>Filter bookings</source>
        <translation>Afspraken filteren</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Show the bookings as a list</source>
        <translation>De afspraken als lijst tonen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Show the bookings in a calendar</source>
        <translation>De afspraken in een agenda tonen</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation>&amp;Nieuwe afspraak…</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>B&amp;evestigen</translation>
    </message>
    <message>
        <source>Confirm the selected booking</source>
        <translation>De gekozen afspraak bevestigen</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>Ver&amp;zetten…</translation>
    </message>
    <message>
        <source>Move the selected booking to another time</source>
        <translation>De gekozen afspraak naar een ander tijdstip verzetten</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>&amp;Afronden</translation>
    </message>
    <message>
        <source>Mark the selected booking as completed</source>
        <translation>De gekozen afspraak als afgerond markeren</translation>
    </message>
    <message>
        <source>Cance&amp;l booking…</source>
        <translation>Afspraak annu&amp;leren…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ve&amp;rnieuwen</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>Customer filter</source>
        <translation>Klantfilter</translation>
    </message>
    <message>
        <source>Show only the bookings of one customer</source>
        <translation>Alleen de afspraken van één klant tonen</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>Show the bookings of every customer again</source>
        <translation>De afspraken van alle klanten weer tonen</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Alle klanten tonen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln booking(s), as of %1</source>
        <translation>
            <numerusform>%Ln afspraak, stand van %1</numerusform>
            <numerusform>%Ln afspraken, stand van %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln booking(s)</source>
        <translation>
            <numerusform>%Ln afspraak</numerusform>
            <numerusform>%Ln afspraken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>The booking of %1 was moved to %2 at %3.</source>
        <translation>De afspraak van %1 is verzet naar %2 om %3.</translation>
    </message>
    <message>
        <source>The booking of %1 is cancelled. It goes to the server in a few seconds; until then it can be undone.</source>
        <translation>De afspraak van %1 is geannuleerd. Dit gaat over enkele seconden naar de server; tot dan kan het ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The booking of %1 is completed. It goes to the server in a few seconds; until then it can be undone.</source>
        <translation>De afspraak van %1 is afgerond. Dit gaat over enkele seconden naar de server; tot dan kan het ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The booking of %1 is made for %2 at %3.</source>
        <translation>De afspraak van %1 is gemaakt voor %2 om %3.</translation>
    </message>
    <message>
        <source>The booking of %1 is cancelled here. It goes to the server when it can be reached; until then it can be undone.</source>
        <translation>De afspraak van %1 is hier geannuleerd. Dit gaat naar de server zodra die bereikbaar is; tot dan kan het ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The booking of %1 is completed here. It goes to the server when it can be reached; until then it can be undone.</source>
        <translation>De afspraak van %1 is hier afgerond. Dit gaat naar de server zodra die bereikbaar is; tot dan kan het ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The booking of %1 for %2 at %3 waits in the queue: it is made when the server can be reached.</source>
        <translation>De afspraak van %1 voor %2 om %3 staat in de wachtrij: hij wordt gemaakt zodra de server bereikbaar is.</translation>
    </message>
    <message>
        <source>The move of the booking of %1 to %2 at %3 waits in the queue: it is made when the server can be reached.</source>
        <translation>Het verzetten van de afspraak van %1 naar %2 om %3 staat in de wachtrij: het gebeurt zodra de server bereikbaar is.</translation>
    </message>
    <message>
        <source>The booking of %1 is confirmed here. It goes to the server when it can be reached; until then it can be undone.</source>
        <translation>De afspraak van %1 is hier bevestigd. Dit gaat naar de server zodra die bereikbaar is; tot dan kan het ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <comment>the user&apos;s time, then the time and zone of the service</comment>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Book an appointment by hand</source>
        <translation>Een afspraak met de hand inplannen</translation>
    </message>
    <message>
        <source>Cancel the selected booking</source>
        <translation>De gekozen afspraak annuleren</translation>
    </message>
    <message>
        <source>Load the bookings again</source>
        <translation>De afspraken opnieuw laden</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n rij gekopieerd.</numerusform>
            <numerusform>%n rijen gekopieerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Bookings for a Calendar</source>
        <translation>Afspraken exporteren voor een agenda</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The bookings could not be exported: %1</source>
        <translation>De afspraken konden niet worden geëxporteerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n booking(s) for a calendar to %1.</source>
        <translation>
            <numerusform>%n afspraak geëxporteerd voor een agenda naar %1.</numerusform>
            <numerusform>%n afspraken geëxporteerd voor een agenda naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Bookings for a &amp;Calendar…</source>
        <translation>Afspraken exporteren voor een &amp;agenda…</translation>
    </message>
    <message>
        <source>The bookings the list shows, as an iCalendar file (.ics) for Outlook, Google or Apple Calendar</source>
        <translation>De afspraken die de lijst toont, als iCalendar-bestand (.ics) voor Outlook, Google of Apple Agenda</translation>
    </message>
    <message>
        <source>Print Bookings</source>
        <translation>Afspraken afdrukken</translation>
    </message>
    <message>
        <source>Export Bookings as PDF</source>
        <translation>Afspraken exporteren als PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>De PDF kon niet worden geschreven naar %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n booking(s) as PDF to %1.</source>
        <translation>
            <numerusform>%n afspraak als PDF geëxporteerd naar %1.</numerusform>
            <numerusform>%n afspraken als PDF geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print Bookings…</source>
        <translation>Afspraken af&amp;drukken…</translation>
    </message>
    <message>
        <source>Export Bookings as P&amp;DF…</source>
        <translation>Afspraken exporteren als PD&amp;F…</translation>
    </message>
    <message>
        <source>This booking cannot be moved: it is %1.</source>
        <translation>Deze afspraak kan niet worden verzet: ze is %1.</translation>
    </message>
    <message>
        <source>The bookings are loading; they are exported when they are in.</source>
        <translation>De afspraken worden geladen; ze worden geëxporteerd zodra ze binnen zijn.</translation>
    </message>
    <message>
        <source>Finish the booking dialog that is open first.</source>
        <translation>Rond eerst het afsprakenvenster af dat open is.</translation>
    </message>
    <message>
        <source>This booking cannot be changed: it is %1.</source>
        <translation>Deze afspraak kan niet worden gewijzigd: ze is %1.</translation>
    </message>
    <message>
        <source>The booking of %1 ending at %2 waits in the queue: it is changed when the server can be reached.</source>
        <translation>De afspraak van %1 tot %2 staat in de wachtrij: ze wordt gewijzigd zodra de server bereikbaar is.</translation>
    </message>
    <message numerus="yes">
        <source>The booking of %1 now ends at %2 (%n min).</source>
        <translation>
            <numerusform>De afspraak van %1 eindigt nu om %2 (%n min).</numerusform>
            <numerusform>De afspraak van %1 eindigt nu om %2 (%n min).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balie::ui::ColumnsMenu</name>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Show all columns in their original order</source>
        <translation>Alle kolommen tonen in hun oorspronkelijke volgorde</translation>
    </message>
</context>
<context>
    <name>balie::ui::ConnectionDialog</name>
    <message>
        <source>Enter the password to test signing in.</source>
        <translation>Vul het wachtwoord in om het inloggen te testen.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Vul de API-sleutel in.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Vul de geheime sleutel in.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testen…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>De verbinding wordt getest…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>De verbinding werkt.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1</source>
        <translation>De verbinding is niet bewaard: %1</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nieuwe verbinding</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbinding wijzigen</translation>
    </message>
    <message>
        <source>&amp;Kind of server:</source>
        <translation>&amp;Soort server:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adres:</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Inloggen &amp;met:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-s&amp;leutel:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>&amp;Geheime sleutel:</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Try the connection with the cheapest request</source>
        <translation>Probeer de verbinding met het lichtste verzoek</translation>
    </message>
    <message>
        <source>Signs in when you save; only a session is kept</source>
        <translation>Meldt aan bij opslaan; alleen een sessie wordt bewaard</translation>
    </message>
    <message>
        <source>Request &amp;budget:</source>
        <translation>Aantal &amp;verzoeken:</translation>
    </message>
    <message>
        <source>&amp;Offset counts:</source>
        <translation>&amp;Offset telt:</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>per seconde</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>per minuut</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>per uur</translation>
    </message>
    <message>
        <source>As documented: %1 %2</source>
        <translation>Volgens de documentatie: %1 %2</translation>
    </message>
    <message>
        <source>How many bookings your plan lets Balie create in this time. Balie never sends more, also from several windows or balie-cli at once.</source>
        <translation>Hoeveel afspraken je abonnement Balie in deze tijd laat aanmaken. Balie stuurt er nooit meer, ook niet vanuit meerdere vensters of balie-cli tegelijk.</translation>
    </message>
    <message>
        <source>How many requests your plan allows in this time. Balie never sends more, also from several windows or balie-cli at once.</source>
        <translation>Hoeveel verzoeken je abonnement in deze tijd toestaat. Balie stuurt er nooit meer, ook niet vanuit meerdere vensters of balie-cli tegelijk.</translation>
    </message>
    <message>
        <source>Items (the usual meaning)</source>
        <translation>Items (de gewone betekenis)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>What this server&apos;s offset parameter counts. If lists come out too short, Balie says so; then try the other choice.</source>
        <translation>Wat de offset-parameter van deze server telt. Komt een lijst te kort uit, dan meldt Balie dat; kies dan het andere.</translation>
    </message>
</context>
<context>
    <name>balie::ui::CreateOrganisationDialog</name>
    <message>
        <source>Give the organisation a name.</source>
        <translation>Geef de organisatie een naam.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code, such as EUR.</source>
        <translation>„%1” is geen ISO 4217-valutacode, zoals EUR.</translation>
    </message>
    <message>
        <source>Choose at least one currency.</source>
        <translation>Kies ten minste één valuta.</translation>
    </message>
    <message>
        <source>The base currency must be one of the currencies.</source>
        <translation>De basisvaluta moet een van de valuta zijn.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://, or nothing.</source>
        <translation>Vul een webadres in dat met https:// begint, of niets.</translation>
    </message>
    <message>
        <source>The connection is not open.</source>
        <translation>De verbinding is niet open.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>&amp;Basisvaluta:</translation>
    </message>
    <message>
        <source>&amp;Currencies:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Image URL:</source>
        <translation>&amp;Afbeeldings-URL:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Basisvaluta</translation>
    </message>
    <message>
        <source>Type to filter, Enter ticks a single match</source>
        <translation>Typ om te filteren; Enter vinkt een enkele treffer aan</translation>
    </message>
    <message>
        <source>Filter currencies</source>
        <translation>Valuta filteren</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>Afbeeldings-URL</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>dialog title — organisation</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>balie::ui::CsvExportFlow</name>
    <message>
        <source>Export %1 as CSV</source>
        <translation>%1 exporteren als CSV</translation>
    </message>
    <message>
        <source>Still loading %1: the file is written when every row is in. Cancel stops loading and the export.</source>
        <translation>%1 wordt nog geladen: het bestand wordt geschreven zodra alle rijen binnen zijn. Annuleren stopt het laden en de export.</translation>
    </message>
    <message>
        <source>Loading was cancelled; nothing was exported.</source>
        <translation>Het laden is geannuleerd; er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>Loading failed; nothing was exported.</source>
        <translation>Het laden is mislukt; er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n rij geëxporteerd naar %1.</numerusform>
            <numerusform>%n rijen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for Excel (semicolon) (*.csv)</source>
        <translation>CSV voor Excel (puntkomma) (*.csv)</translation>
    </message>
    <message>
        <source>CSV, comma separated (*.csv)</source>
        <translation>CSV, gescheiden door komma&apos;s (*.csv)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>file name: what, date</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <comment>file name: what, organisation, date</comment>
        <translation>%1 — %2 — %3</translation>
    </message>
</context>
<context>
    <name>balie::ui::CustomerCard</name>
    <message>
        <source>&amp;New booking</source>
        <translation>&amp;Nieuwe afspraak</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefoon: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Bedrijf: %1</translation>
    </message>
    <message>
        <source>No contact details</source>
        <translation>Geen contactgegevens</translation>
    </message>
    <message>
        <source>Coming bookings (%1)</source>
        <translation>Komende afspraken (%1)</translation>
    </message>
    <message>
        <source>Past bookings (%1), of the dates the Bookings tab has loaded</source>
        <translation>Eerdere afspraken (%1), van de datums die het tabblad Afspraken heeft geladen</translation>
    </message>
</context>
<context>
    <name>balie::ui::CustomerEditorDialog</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Vul de naam van de klant in.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Vul een e-mailadres in.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address, such as name@example.com.</source>
        <translation>„%1” is geen geldig e-mailadres, zoals naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>The organisation changed; the customer was not saved.</source>
        <translation>De organisatie is gewisseld; de klant is niet bewaard.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Klant bewerken</translation>
    </message>
</context>
<context>
    <name>balie::ui::CustomerPicker</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>customer name, e-mail</comment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Naam van de klant</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Customer e-mail address</source>
        <translation>E-mailadres van de klant</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name and e-mail address.</source>
        <translation>Typ de naam en het e-mailadres van de klant.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers are called “%1”: choose one from the list, by e-mail or phone.</source>
        <translation>
            <numerusform>%n klant heet ‘%1’: kies uit de lijst, op e-mail of telefoon.</numerusform>
            <numerusform>%n klanten heten ‘%1’: kies er een uit de lijst, op e-mail of telefoon.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Geen klant past bij ‘%1’.</translation>
    </message>
    <message>
        <source>Choose a customer from the list.</source>
        <translation>Kies een klant uit de lijst.</translation>
    </message>
    <message>
        <source>Type a name, e-mail address or phone number</source>
        <translation>Typ een naam, e-mailadres of telefoonnummer</translation>
    </message>
    <message>
        <source>Type to search customers; Down opens the list, Enter picks</source>
        <translation>Typ om klanten te zoeken; Omlaag opent de lijst, Enter kiest</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Gevonden klanten</translation>
    </message>
</context>
<context>
    <name>balie::ui::DemoConnection</name>
    <message>
        <source>Balie platform (demo)</source>
        <translation>Balie-platform (demo)</translation>
    </message>
</context>
<context>
    <name>balie::ui::DialogTitle</name>
    <message>
        <source>%1 — %2</source>
        <comment>dialog title — organisation</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>balie::ui::EditorDialog</name>
    <message>
        <source>%1: %2</source>
        <comment>field: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Sluiten zonder bewaren? Wat je hebt getypt gaat verloren.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Sluiten zonder bewaren</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>balie::ui::LoginDialog</name>
    <message>
        <source>Enter your password.</source>
        <translation>Vul je wachtwoord in.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Deze verbinding bestaat niet meer.</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Inloggen bij %1</translation>
    </message>
    <message>
        <source>Sign in to %1 as %2 (%3).</source>
        <translation>Inloggen bij %1 als %2 (%3).</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>balie::ui::MainWindow</name>
    <message>
        <source>Balie</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>window title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No organisation selected</source>
        <translation>Geen organisatie gekozen</translation>
    </message>
    <message>
        <source>Working on %1</source>
        <translation>Bezig met %1</translation>
    </message>
    <message>
        <source>Organisation “%1” was created.</source>
        <translation>Organisatie „%1” is aangemaakt.</translation>
    </message>
    <message>
        <source>About Balie</source>
        <translation>Over Balie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Balie %1&lt;/h3&gt;&lt;p&gt;The front desk console for businesses that take bookings: organisations, customers, services, bookings and products, in Dutch and English.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Balie %1&lt;/h3&gt;&lt;p&gt;De baliecomputer voor bedrijven die afspraken maken: organisaties, klanten, diensten, afspraken en producten, in het Nederlands en het Engels.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>New &amp;connection…</source>
        <translation>Nieuwe &amp;verbinding…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporteren als CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>K&amp;olommen…</translation>
    </message>
    <message>
        <source>&amp;Switch organisation…</source>
        <translation>Van organisatie &amp;wisselen…</translation>
    </message>
    <message>
        <source>&amp;New booking</source>
        <translation>&amp;Nieuwe afspraak</translation>
    </message>
    <message>
        <source>&amp;About Balie</source>
        <translation>&amp;Over Balie</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nieuwe organisatie…</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nieuwe klant…</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>Nieuw product…</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>The server can be reached again; the tables are up to date.</source>
        <translation>De server is weer bereikbaar; de tabellen zijn bijgewerkt.</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached. The tables keep the data of %2; Balie tries again by itself.</source>
        <translation>Offline: %1 is niet bereikbaar. De tabellen houden de gegevens van %2; Balie probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached. Balie tries again by itself.</source>
        <translation>Offline: %1 is niet bereikbaar. Balie probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>Try &amp;again now</source>
        <translation>Nu &amp;opnieuw proberen</translation>
    </message>
    <message>
        <source>Offline — data of %1</source>
        <translation>Offline — gegevens van %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Trying again at %1</source>
        <translation>Volgende poging om %1</translation>
    </message>
    <message>
        <source>&amp;Booking</source>
        <translation>&amp;Afspraak</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Reload &amp;everything</source>
        <translation>&amp;Alles opnieuw laden</translation>
    </message>
    <message>
        <source>Quit Balie</source>
        <translation>Balie afsluiten</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached the server yet.</source>
        <translation>
            <numerusform>%n wijziging heeft de server nog niet bereikt.</numerusform>
            <numerusform>%n wijzigingen hebben de server nog niet bereikt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are kept on this computer and sent at the next start. The Queue (View menu) shows what waits.</source>
        <translation>
            <numerusform>Hij wordt op deze computer bewaard en bij de volgende start verstuurd. De Wachtrij (menu Beeld) toont wat wacht.</numerusform>
            <numerusform>Ze worden op deze computer bewaard en bij de volgende start verstuurd. De Wachtrij (menu Beeld) toont wat wacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Balie open</source>
        <translation>Balie &amp;open houden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent</source>
        <translation>
            <numerusform>%n wijziging niet verstuurd</numerusform>
            <numerusform>%n wijzigingen niet verstuurd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n wijziging wacht</numerusform>
            <numerusform>%n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the queue: the changes the server does not have yet</source>
        <translation>Toon de wachtrij: de wijzigingen die de server nog niet heeft</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Wachtrij</translation>
    </message>
    <message>
        <source>Show the changes the server does not have yet</source>
        <translation>Toon de wijzigingen die de server nog niet heeft</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be sent: the server refused them.</source>
        <translation>
            <numerusform>%n wijziging kon niet worden verstuurd: de server weigerde haar.</numerusform>
            <numerusform>%n wijzigingen konden niet worden verstuurd: de server weigerde ze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the &amp;queue</source>
        <translation>&amp;Wachtrij tonen</translation>
    </message>
    <message>
        <source>Not sent: %1. The time was taken meanwhile.</source>
        <translation>Niet verstuurd: %1. Het tijdstip is intussen bezet.</translation>
    </message>
    <message>
        <source>Choose another &amp;time…</source>
        <translation>Kies een ander &amp;tijdstip…</translation>
    </message>
    <message>
        <source>Not sent: %1. %2</source>
        <translation>Niet verstuurd: %1. %2</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Opgeslagen: %1.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>Take back the last change made in this organisation</source>
        <translation>De laatste wijziging in deze organisatie terugdraaien</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <comment>window title: the demo&apos;s organisation</comment>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <source>Demo</source>
        <comment>window title before the demo has started</comment>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Copy the selected rows, tab separated</source>
        <translation>De gekozen rijen kopiëren, gescheiden door tabs</translation>
    </message>
    <message>
        <source>Filter the current table</source>
        <translation>De huidige tabel filteren</translation>
    </message>
    <message>
        <source>Load the current table again</source>
        <translation>De huidige tabel opnieuw laden</translation>
    </message>
    <message>
        <source>Load every table of the organisation again in full, also to drop what the server deleted</source>
        <translation>Alle tabellen van de organisatie opnieuw volledig laden, ook om weg te laten wat de server heeft verwijderd</translation>
    </message>
    <message>
        <source>Find an organisation by name and make it active</source>
        <translation>Zoek een organisatie op naam en maak haar actief</translation>
    </message>
    <message>
        <source>Book an appointment by hand</source>
        <translation>Een afspraak met de hand inplannen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Search &amp;everything…</source>
        <translation>&amp;Alles doorzoeken…</translation>
    </message>
    <message>
        <source>Find a customer, booking or product</source>
        <translation>Zoek een klant, afspraak of product</translation>
    </message>
</context>
<context>
    <name>balie::ui::MessageBar</name>
    <message>
        <source>%1: %2</source>
        <comment>context: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische details tonen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>balie::ui::OrganisationSwitcher</name>
    <message>
        <source>Connection %1</source>
        <translation>Verbinding %1</translation>
    </message>
    <message>
        <source>Active organisation</source>
        <translation>Actieve organisatie</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Geen organisatie</translation>
    </message>
    <message>
        <source>Active organisation; %1 searches them all</source>
        <translation>Actieve organisatie; %1 zoekt in alle</translation>
    </message>
</context>
<context>
    <name>balie::ui::OutboxPanel</name>
    <message>
        <source>Drop the change</source>
        <translation>Wijziging verwijderen</translation>
    </message>
    <message>
        <source>Drop &quot;%1&quot;? It is not sent, and cannot be brought back.</source>
        <translation>&quot;%1&quot; verwijderen? Het wordt niet verstuurd en kan niet worden teruggehaald.</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Every change has reached the server.</source>
        <translation>Elke wijziging heeft de server bereikt.</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Opnieuw versturen</translation>
    </message>
    <message>
        <source>Send the chosen change again now, with the same key</source>
        <translation>Verstuur de gekozen wijziging nu opnieuw, met dezelfde sleutel</translation>
    </message>
    <message>
        <source>D&amp;rop…</source>
        <translation>Ve&amp;rwijderen…</translation>
    </message>
    <message>
        <source>Take the chosen change out without sending it</source>
        <translation>Haal de gekozen wijziging eruit zonder haar te versturen</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Wijzigingen die wachten om verstuurd te worden</translation>
    </message>
    <message>
        <source>Choose another &amp;time…</source>
        <translation>Kies een ander &amp;tijdstip…</translation>
    </message>
    <message>
        <source>Open the booking at the next free time and book it there</source>
        <translation>Open de afspraak op het eerstvolgende vrije tijdstip en boek haar daar</translation>
    </message>
</context>
<context>
    <name>balie::ui::ProductEditorDialog</name>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Vul de naam van het product in.</translation>
    </message>
    <message>
        <source>“%1” is not a valid EAN or UPC code: check the digits, the last one is a check digit.</source>
        <translation>„%1” is geen geldige EAN- of UPC-code: controleer de cijfers, het laatste is een controlecijfer.</translation>
    </message>
    <message>
        <source>The organisation changed; the product was not saved.</source>
        <translation>De organisatie is gewisseld; het product is niet bewaard.</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Product wijzigen</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nieuw product</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;EAN/UPC:</source>
        <translation>&amp;EAN/UPC:</translation>
    </message>
    <message>
        <source>&amp;Stock on hand:</source>
        <translation>&amp;Voorraad:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>EAN or UPC code</source>
        <translation>EAN- of UPC-code</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Voorraad</translation>
    </message>
</context>
<context>
    <name>balie::ui::QuickSwitcher</name>
    <message>
        <source>%1 — %2</source>
        <comment>organisation — connection</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Switch organisation</source>
        <translation>Van organisatie wisselen</translation>
    </message>
    <message>
        <source>Type an organisation or connection name…</source>
        <translation>Typ de naam van een organisatie of verbinding…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Organisaties zoeken</translation>
    </message>
    <message>
        <source>Matching organisations</source>
        <translation>Gevonden organisaties</translation>
    </message>
    <message>
        <source>No organisation is called that. Enter searches the customers, bookings and products for it.</source>
        <translation>Geen organisatie heet zo. Enter zoekt het in de klanten, afspraken en producten.</translation>
    </message>
</context>
<context>
    <name>balie::ui::RateBudgetLabel</name>
    <message>
        <source>Requests left: %1 of %2 this hour</source>
        <translation>Verzoeken over: %1 van %2 dit uur</translation>
    </message>
    <message>
        <source>Requests left: %1 of %2 this minute</source>
        <translation>Verzoeken over: %1 van %2 deze minuut</translation>
    </message>
    <message>
        <source>Requests left: %1 of %2 this second</source>
        <translation>Verzoeken over: %1 van %2 deze seconde</translation>
    </message>
    <message numerus="yes">
        <source>Requests left: %1 of %2 in %n second(s)</source>
        <translation>
            <numerusform>Verzoeken over: %1 van %2 in %n seconde</numerusform>
            <numerusform>Verzoeken over: %1 van %2 in %n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request in %n second(s)</source>
        <translation>
            <numerusform>volgend verzoek over %n seconde</numerusform>
            <numerusform>volgend verzoek over %n seconden</numerusform>
        </translation>
    </message>
    <message>
        <source>next request at %1</source>
        <translation>volgend verzoek om %1</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Verzoeklimiet</translation>
    </message>
</context>
<context>
    <name>balie::ui::ResourcePage</name>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n rij gekopieerd.</numerusform>
            <numerusform>%n rijen gekopieerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Laatst gesynchroniseerd %1</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filteren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporteren als CSV…</translation>
    </message>
    <message>
        <source>Save every row of the filtered table as a CSV file</source>
        <translation>Alle rijen van de gefilterde tabel bewaren als CSV-bestand</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Kolommen…</translation>
    </message>
    <message>
        <source>Choose the columns to show; drag a header to reorder</source>
        <translation>Kies de kolommen die je wilt zien; sleep een kop om de volgorde te wijzigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden annuleren</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Voortgang van het laden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln rij</numerusform>
            <numerusform>%Ln rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 van %Ln rij</numerusform>
            <numerusform>%1 van %Ln rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not up to date: data as of %1</source>
        <translation>Niet bijgewerkt: gegevens van %1</translation>
    </message>
    <message>
        <source>Could not be loaded</source>
        <translation>Kon niet worden geladen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filteren</translation>
    </message>
    <message>
        <source>Load the table again from the server</source>
        <translation>De tabel opnieuw van de server laden</translation>
    </message>
</context>
<context>
    <name>balie::ui::SearchPopup</name>
    <message>
        <source>Search customers, bookings and products</source>
        <translation>Zoek klanten, afspraken en producten</translation>
    </message>
    <message>
        <source>Name, e-mail, phone, service, &quot;today&quot;, EAN…</source>
        <translation>Naam, e-mail, telefoon, dienst, &quot;vandaag&quot;, EAN…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
</context>
<context>
    <name>balie::ui::SettingsDialog</name>
    <message>
        <source>connected</source>
        <translation>verbonden</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinden…</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <comment>name — kind, address (state)</comment>
        <translation>%1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its keys are deleted from the keychain.</source>
        <translation>De verbinding „%1” verwijderen? Haar sleutels worden uit de sleutelbos gewist.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Systeem (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Kept on this computer, to open at once and to work offline: %1.</source>
        <translation>Bewaard op deze computer, om meteen te openen en offline te werken: %1.</translation>
    </message>
    <message>
        <source>Nothing is kept on this computer yet.</source>
        <translation>Er is nog niets op deze computer bewaard.</translation>
    </message>
    <message>
        <source>Clear local data</source>
        <translation>Lokale gegevens wissen</translation>
    </message>
    <message>
        <source>Clear what is kept on this computer of “%1”? The rows are loaded from the server again; nothing on the server changes.</source>
        <translation>Wissen wat deze computer van “%1” bewaart? De gegevens worden opnieuw van de server geladen; op de server verandert niets.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Cleared: %1 freed.</source>
        <translation>Gewist: %1 vrijgemaakt.</translation>
    </message>
    <message>
        <source>&amp;Clear local data…</source>
        <translation>&amp;Lokale gegevens wissen…</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
</context>
<context>
    <name>balie::ui::ShortcutText</name>
    <message>
        <source>%1 (%2)</source>
        <comment>what a control does, then its shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>balie::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>De gekozen rij openen</translation>
    </message>
    <message>
        <source>Show the suggestions of a customer field</source>
        <translation>De suggesties van een klantveld tonen</translation>
    </message>
    <message>
        <source>Move to the next field, also out of a date</source>
        <translation>Naar het volgende veld, ook vanuit een datum</translation>
    </message>
    <message>
        <source>Choose another booking in the calendar</source>
        <translation>Een andere afspraak kiezen in de agenda</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pijltoetsen</translation>
    </message>
    <message>
        <source>Close a dialog or a list</source>
        <translation>Een venster of lijst sluiten</translation>
    </message>
    <message>
        <source>Move the booking chosen in the calendar a quarter of an hour or a day</source>
        <translation>De gekozen afspraak in de agenda een kwartier of een dag verzetten</translation>
    </message>
    <message>
        <source>Make the booking chosen in the calendar a quarter of an hour longer or shorter</source>
        <translation>De gekozen afspraak in de agenda een kwartier langer of korter maken</translation>
    </message>
</context>
<context>
    <name>balie::ui::TodayPage</name>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>Now %1 · next: %2 %3 (%4)</source>
        <translation>Nu %1 · volgende: %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Now %1 · no more appointments today</source>
        <translation>Nu %1 · vandaag geen afspraken meer</translation>
    </message>
    <message>
        <source>Only the bookings the Bookings tab&apos;s filters let through are shown: clear its status and customer filters to see the whole day.</source>
        <translation>Alleen de afspraken die de filters van het tabblad Afspraken doorlaten staan hier: wis daar het status- en klantfilter om de hele dag te zien.</translation>
    </message>
    <message>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
    <message>
        <source>No appointments</source>
        <translation>Geen afspraken</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verzetten…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Cancel Booking…</source>
        <translation>Afspraak annuleren…</translation>
    </message>
    <message>
        <source>Today&apos;s bookings</source>
        <translation>Afspraken van vandaag</translation>
    </message>
</context>
<context>
    <name>balie::ui::WelcomePage</name>
    <message>
        <source>Welcome to Balie</source>
        <translation>Welkom bij Balie</translation>
    </message>
    <message>
        <source>No connection is set up yet. Try the demo to see the console at work with sample data and no account, or add a connection to your own server.</source>
        <translation>Er is nog geen verbinding ingesteld. Probeer de demo om Balie aan het werk te zien met voorbeeldgegevens en zonder account, of voeg een verbinding met je eigen server toe.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probeer de demo</translation>
    </message>
    <message>
        <source>Add a connection…</source>
        <translation>Verbinding toevoegen…</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Verbinding toevoegen</translation>
    </message>
</context>
</TS>
