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
        <source>Print records as CSV (RFC 4180; times in ISO 8601 UTC).</source>
        <translation>Records weergeven als CSV (RFC 4180; tijden in ISO 8601 UTC).</translation>
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
        <source>Token refresh route of a login server (default: /api/auth/refresh/).</source>
        <translation>Route voor het vernieuwen van tokens op een inlogserver (standaard: /api/auth/refresh/).</translation>
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
        <source>Length in minutes (default: the service&apos;s).</source>
        <translation>Duur in minuten (standaard: die van de dienst).</translation>
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
        <source>Move a booking to another time.</source>
        <translation>Een afspraak naar een ander tijdstip verzetten.</translation>
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
    <name>balie::cli::RecordTables</name>
    <message>
        <source>%1 min</source>
        <comment>a duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>opening hours: from, to</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
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
        <source>Currencies</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Afbeelding</translation>
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
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
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
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation>Dienst-ID</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Klant-ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-mail klant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
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
        <comment>stock</comment>
        <translation>onbekend</translation>
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
</TS>
