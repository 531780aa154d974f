<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached. Check the network connection and the server address.</source>
        <translation>The server could not be reached. Check the network connection and the server address.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>The server took too long to answer.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation>The secure connection to the server could not be verified.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials.</source>
        <translation>The server did not accept the credentials.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Your session has ended. Please log in again.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>The item was not found. It may have been removed.</source>
        <translation>The item was not found. It may have been removed.</translation>
    </message>
    <message>
        <source>The server did not accept the data.</source>
        <translation>The server did not accept the data.</translation>
    </message>
    <message>
        <source>This conflicts with the current state on the server.</source>
        <translation>This conflicts with the current state on the server.</translation>
    </message>
    <message>
        <source>Too many requests. The next request can go at %1.</source>
        <translation>Too many requests. The next request can go at %1.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Too many requests. Please wait a moment and try again.</translation>
    </message>
    <message>
        <source>The server had a problem. Please try again later.</source>
        <translation>The server had a problem. Please try again later.</translation>
    </message>
    <message>
        <source>The server sent an answer Balie does not understand.</source>
        <translation>The server sent an answer Balie does not understand.</translation>
    </message>
    <message>
        <source>This connection does not offer this.</source>
        <translation>This connection does not offer this.</translation>
    </message>
    <message>
        <source>Balie only connects over https, except to this computer.</source>
        <translation>Balie only connects over https, except to this computer.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>general message, then the server&apos;s own words</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP status: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Request id: %1</translation>
    </message>
    <message>
        <source>Field %1: %2</source>
        <translation>Field %1: %2</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent, so Balie cannot tell whether the server carried it out. Look it up (refresh the list) before you try again, so that nothing is done twice.</source>
        <translation>The connection broke after the request was sent, so Balie cannot tell whether the server carried it out. Look it up (refresh the list) before you try again, so that nothing is done twice.</translation>
    </message>
</context>
<context>
    <name>ErrorParser</name>
    <message>
        <source>The answer was empty.</source>
        <translation>The answer was empty.</translation>
    </message>
    <message>
        <source>an HTML page instead of data</source>
        <translation>an HTML page instead of data</translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation>The answer is not valid JSON.</translation>
    </message>
</context>
<context>
    <name>balie::api::ApiJob</name>
    <message>
        <source>The connection closed before the whole answer arrived.</source>
        <translation>The connection closed before the whole answer arrived.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1, more than Balie reads in one answer; it stopped reading.</source>
        <translation>The server&apos;s answer is larger than %1, more than Balie reads in one answer; it stopped reading.</translation>
    </message>
    <message>
        <source>The server sent Balie on to another server (%1). Balie did not follow, so that your credentials stay with this server; check the server address of this connection.</source>
        <translation>The server sent Balie on to another server (%1). Balie did not follow, so that your credentials stay with this server; check the server address of this connection.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The server kept sending Balie on to other addresses.</source>
        <translation>The server kept sending Balie on to other addresses.</translation>
    </message>
    <message>
        <source>%1 blocks requests from this computer until %2. Balie sends nothing to it before then, so that the block does not grow.</source>
        <translation>%1 blocks requests from this computer until %2. Balie sends nothing to it before then, so that the block does not grow.</translation>
    </message>
</context>
<context>
    <name>balie::api::BookingStatus</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Rescheduled</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
</context>
<context>
    <name>balie::api::ConnectionSettings</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Give the connection a name.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://api.example.com.</source>
        <translation>Enter the server address, for example https://api.example.com.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http:// only for this computer).</source>
        <translation>The server address must start with https:// (plain http:// only for this computer).</translation>
    </message>
    <message>
        <source>This kind of server does not support that way of signing in.</source>
        <translation>This kind of server does not support that way of signing in.</translation>
    </message>
    <message>
        <source>Signing in needs both the user name and the e-mail address.</source>
        <translation>Signing in needs both the user name and the e-mail address.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address: Balie asks for them separately and keeps them in the keychain.</source>
        <translation>Leave the user name and password out of the server address: Balie asks for them separately and keeps them in the keychain.</translation>
    </message>
</context>
<context>
    <name>balie::api::CredentialStore</name>
    <message>
        <source>No saved secret was found for this connection.</source>
        <translation>No saved secret was found for this connection.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock your keyring (for example by logging in to the desktop again) and try once more.</source>
        <translation>The keychain refused access. Unlock your keyring (for example by logging in to the desktop again) and try once more.</translation>
    </message>
    <message>
        <source>No keychain is available, so Balie cannot keep passwords and keys safely. Install and start a Secret Service such as GNOME Keyring or KWallet, then start Balie again. Balie never stores secrets in a plain file.</source>
        <translation>No keychain is available, so Balie cannot keep passwords and keys safely. Install and start a Secret Service such as GNOME Keyring or KWallet, then start Balie again. Balie never stores secrets in a plain file.</translation>
    </message>
    <message>
        <source>The keychain could not remove the secret.</source>
        <translation>The keychain could not remove the secret.</translation>
    </message>
</context>
<context>
    <name>balie::api::DomainJson</name>
    <message>
        <source>row %1: &quot;%2&quot; is not readable</source>
        <translation>row %1: &quot;%2&quot; is not readable</translation>
    </message>
</context>
<context>
    <name>balie::api::Flavours</name>
    <message>
        <source>Balie platform</source>
        <translation>Balie platform</translation>
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
        <translation>API key</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>User name and password</translation>
    </message>
    <message>
        <source>API key and secret</source>
        <translation>API key and secret</translation>
    </message>
</context>
<context>
    <name>balie::api::JsonFields</name>
    <message>
        <source>a row without &quot;%1&quot;</source>
        <translation>a row without &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>balie::api::ListJob</name>
    <message>
        <source>The server pointed to another server (%1) for the next page; Balie did not follow, so that your credentials stay with this server.</source>
        <translation>The server pointed to another server (%1) for the next page; Balie did not follow, so that your credentials stay with this server.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list Balie can read (%1).</source>
        <translation>The server&apos;s answer is not a list Balie can read (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The list was not complete after %n minute(s), so Balie stopped (%1 rows had arrived). The server may be very slow or keep sending more pages; try again later.</source>
        <translation>
            <numerusform>The list was not complete after %n minute, so Balie stopped (%1 rows had arrived). The server may be very slow or keep sending more pages; try again later.</numerusform>
            <numerusform>The list was not complete after %n minutes, so Balie stopped (%1 rows had arrived). The server may be very slow or keep sending more pages; try again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server kept linking to more pages than Balie fetches for one list (%1); the list is incomplete, so Balie stopped.</source>
        <translation>The server kept linking to more pages than Balie fetches for one list (%1); the list is incomplete, so Balie stopped.</translation>
    </message>
    <message>
        <source>The server said a page of this list does not exist (404) although it announced it; the list is incomplete, so Balie stopped. Try again; if it keeps happening, the server&apos;s paging is broken.</source>
        <translation>The server said a page of this list does not exist (404) although it announced it; the list is incomplete, so Balie stopped. Try again; if it keeps happening, the server&apos;s paging is broken.</translation>
    </message>
    <message>
        <source>The server announced %1 rows but sent only %2; the list is incomplete, so Balie did not use it. Try again; if it keeps happening, the server&apos;s paging is broken.</source>
        <translation>The server announced %1 rows but sent only %2; the list is incomplete, so Balie did not use it. Try again; if it keeps happening, the server&apos;s paging is broken.</translation>
    </message>
</context>
<context>
    <name>balie::api::ObjectParser</name>
    <message>
        <source>The server&apos;s answer is not a record Balie can read.</source>
        <translation>The server&apos;s answer is not a record Balie can read.</translation>
    </message>
</context>
<context>
    <name>balie::api::Paginator</name>
    <message>
        <source>expected a page with &quot;results&quot;</source>
        <translation>expected a page with &quot;results&quot;</translation>
    </message>
    <message>
        <source>expected a page with &quot;data&quot;</source>
        <translation>expected a page with &quot;data&quot;</translation>
    </message>
    <message>
        <source>expected a page with &quot;items&quot;</source>
        <translation>expected a page with &quot;items&quot;</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>expected a list</translation>
    </message>
    <message>
        <source>the server announced %1 pages, more than Balie fetches (%2)</source>
        <translation>the server announced %1 pages, more than Balie fetches (%2)</translation>
    </message>
    <message>
        <source>&quot;total_pages&quot; is not a page count</source>
        <translation>&quot;total_pages&quot; is not a page count</translation>
    </message>
</context>
<context>
    <name>balie::api::TokenAuthenticator</name>
    <message>
        <source>This server renews sessions elsewhere: none of %1 answered. Set its route with --refresh-path (balie-cli connections add … --refresh-path PATH), or log in again.</source>
        <translation>This server renews sessions elsewhere: none of %1 answered. Set its route with --refresh-path (balie-cli connections add … --refresh-path PATH), or log in again.</translation>
    </message>
</context>
<context>
    <name>balie::app</name>
    <message>
        <source>The front desk console for bookings.</source>
        <translation>The front desk console for bookings.</translation>
    </message>
    <message>
        <source>Run the demo: a local server with sample data, no account.</source>
        <translation>Run the demo: a local server with sample data, no account.</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Starting the demo server…</translation>
    </message>
    <message>
        <source>The demo server did not start.</source>
        <translation>The demo server did not start.</translation>
    </message>
    <message>
        <source>With --demo: save the main screens as PNG files in &lt;dir&gt;, in English and Dutch, then quit.</source>
        <translation>With --demo: save the main screens as PNG files in &lt;dir&gt;, in English and Dutch, then quit.</translation>
    </message>
    <message>
        <source>Start another console even when one is running (both then work on the same keychain and local data).</source>
        <translation>Start another console even when one is running (both then work on the same keychain and local data).</translation>
    </message>
    <message>
        <source>Balie is already running: its window comes to the front. --new-instance starts another.</source>
        <translation>Balie is already running: its window comes to the front. --new-instance starts another.</translation>
    </message>
</context>
<context>
    <name>balie::cli::AuthCommands</name>
    <message>
        <source>The connection &quot;%1&quot; signs in with an API key, not with a password: there is no session to log in to or out of.</source>
        <translation>The connection &quot;%1&quot; signs in with an API key, not with a password: there is no session to log in to or out of.</translation>
    </message>
    <message>
        <source>Password for %1 (%2) on %3: </source>
        <translation>Password for %1 (%2) on %3: </translation>
    </message>
    <message>
        <source>No password was given. Type it at the prompt, or send it on standard input (one line).</source>
        <translation>No password was given. Type it at the prompt, or send it on standard input (one line).</translation>
    </message>
    <message>
        <source>Logged in to &quot;%1&quot; as %2.</source>
        <translation>Logged in to &quot;%1&quot; as %2.</translation>
    </message>
    <message>
        <source>Logged out of &quot;%1&quot;.</source>
        <translation>Logged out of &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>balie::cli::BookingCommands</name>
    <message>
        <source>--to lies before --from.</source>
        <translation>--to lies before --from.</translation>
    </message>
    <message>
        <source>Unknown --status &quot;%1&quot;: use created, confirmed, rescheduled, completed or cancelled.</source>
        <translation>Unknown --status &quot;%1&quot;: use created, confirmed, rescheduled, completed or cancelled.</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>bookings</translation>
    </message>
    <message>
        <source>Times are read in this computer&apos;s time zone (%1); pass --tz to choose another.</source>
        <translation>Times are read in this computer&apos;s time zone (%1); pass --tz to choose another.</translation>
    </message>
    <message>
        <source>The service names no time zone; times are read in this computer&apos;s (%1).</source>
        <translation>The service names no time zone; times are read in this computer&apos;s (%1).</translation>
    </message>
    <message>
        <source>The next available time is %1 (%2 %3; %4).</source>
        <translation>The next available time is %1 (%2 %3; %4).</translation>
    </message>
    <message>
        <source>Say which service with --service ID (see: balie-cli services list).</source>
        <translation>Say which service with --service ID (see: balie-cli services list).</translation>
    </message>
    <message>
        <source>Say who the booking is for: either --customer ID, or --customer-name NAME with --customer-email ADDRESS.</source>
        <translation>Say who the booking is for: either --customer ID, or --customer-name NAME with --customer-email ADDRESS.</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name with --customer-name.</source>
        <translation>Give the customer&apos;s name with --customer-name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>Say when with --at, such as --at &quot;2026-11-24 10:00&quot;.</source>
        <translation>Say when with --at, such as --at &quot;2026-11-24 10:00&quot;.</translation>
    </message>
    <message>
        <source>creating bookings</source>
        <translation>creating bookings</translation>
    </message>
    <message>
        <source>Created the booking %1.</source>
        <translation>Created the booking %1.</translation>
    </message>
    <message>
        <source>Moved the booking %1.</source>
        <translation>Moved the booking %1.</translation>
    </message>
    <message>
        <source>changing bookings</source>
        <translation>changing bookings</translation>
    </message>
    <message>
        <source>There is no booking with the id &quot;%1&quot;.</source>
        <translation>There is no booking with the id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The booking %1 is now %2.</source>
        <translation>The booking %1 is now %2.</translation>
    </message>
    <message>
        <source>The booking&apos;s service &quot;%1&quot; is not among the services listed, so its time zone is unknown. Say which with --tz, such as --tz Europe/Amsterdam.</source>
        <translation>The booking&apos;s service &quot;%1&quot; is not among the services listed, so its time zone is unknown. Say which with --tz, such as --tz Europe/Amsterdam.</translation>
    </message>
    <message>
        <source>changing a booking&apos;s length</source>
        <translation>changing a booking&apos;s length</translation>
    </message>
</context>
<context>
    <name>balie::cli::CliApp</name>
    <message>
        <source>The connection to use (default: the active one).</source>
        <translation>The connection to use (default: the active one).</translation>
    </message>
    <message>
        <source>The organisation to work on (default: the connection&apos;s active one).</source>
        <translation>The organisation to work on (default: the connection&apos;s active one).</translation>
    </message>
    <message>
        <source>Print records as a JSON array of objects (times in ISO 8601 UTC).</source>
        <translation>Print records as a JSON array of objects (times in ISO 8601 UTC).</translation>
    </message>
    <message>
        <source>Keep the connections in this INI file instead of the user&apos;s settings (also: $BALIE_CONFIG).</source>
        <translation>Keep the connections in this INI file instead of the user&apos;s settings (also: $BALIE_CONFIG).</translation>
    </message>
    <message>
        <source>Print at most N rows of a list.</source>
        <translation>Print at most N rows of a list.</translation>
    </message>
    <message>
        <source>Add technical details to error messages.</source>
        <translation>Add technical details to error messages.</translation>
    </message>
    <message>
        <source>Show this help, or the help of a command.</source>
        <translation>Show this help, or the help of a command.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Kind of server: balie, oas, otesse, booking, telesto, outseta.</source>
        <translation>Kind of server: balie, oas, otesse, booking, telesto, outseta.</translation>
    </message>
    <message>
        <source>Server address (base URL).</source>
        <translation>Server address (base URL).</translation>
    </message>
    <message>
        <source>How to sign in: login, api-key, bearer-key, raw-key or key-secret (default: the flavour&apos;s first).</source>
        <translation>How to sign in: login, api-key, bearer-key, raw-key or key-secret (default: the flavour&apos;s first).</translation>
    </message>
    <message>
        <source>User name, for --auth login.</source>
        <translation>User name, for --auth login.</translation>
    </message>
    <message>
        <source>E-mail address (of the login user, or of a new customer).</source>
        <translation>E-mail address (of the login user, or of a new customer).</translation>
    </message>
    <message>
        <source>Rows per page to ask the server for.</source>
        <translation>Rows per page to ask the server for.</translation>
    </message>
    <message>
        <source>Name of the new organisation, customer or product.</source>
        <translation>Name of the new organisation, customer or product.</translation>
    </message>
    <message>
        <source>Base currency (ISO 4217), such as EUR.</source>
        <translation>Base currency (ISO 4217), such as EUR.</translation>
    </message>
    <message>
        <source>Currencies, separated by commas: EUR,USD.</source>
        <translation>Currencies, separated by commas: EUR,USD.</translation>
    </message>
    <message>
        <source>Address of the organisation&apos;s image.</source>
        <translation>Address of the organisation&apos;s image.</translation>
    </message>
    <message>
        <source>Only customers changed after this time.</source>
        <translation>Only customers changed after this time.</translation>
    </message>
    <message>
        <source>Only customers whose name, e-mail or phone holds TEXT.</source>
        <translation>Only customers whose name, e-mail or phone holds TEXT.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Phone number.</translation>
    </message>
    <message>
        <source>Only bookings from this time.</source>
        <translation>Only bookings from this time.</translation>
    </message>
    <message>
        <source>Only bookings up to this time.</source>
        <translation>Only bookings up to this time.</translation>
    </message>
    <message>
        <source>Only bookings with this status: created, confirmed, rescheduled, completed, cancelled.</source>
        <translation>Only bookings with this status: created, confirmed, rescheduled, completed, cancelled.</translation>
    </message>
    <message>
        <source>The customer&apos;s id.</source>
        <translation>The customer&apos;s id.</translation>
    </message>
    <message>
        <source>A new customer&apos;s name (with --customer-email).</source>
        <translation>A new customer&apos;s name (with --customer-email).</translation>
    </message>
    <message>
        <source>A new customer&apos;s e-mail address.</source>
        <translation>A new customer&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>The service&apos;s id.</source>
        <translation>The service&apos;s id.</translation>
    </message>
    <message>
        <source>Start time, such as &quot;2026-11-24 10:00&quot; (in --tz), or ISO 8601 with a zone.</source>
        <translation>Start time, such as &quot;2026-11-24 10:00&quot; (in --tz), or ISO 8601 with a zone.</translation>
    </message>
    <message>
        <source>Time zone of --at (default: the service&apos;s).</source>
        <translation>Time zone of --at (default: the service&apos;s).</translation>
    </message>
    <message>
        <source>A note on the booking.</source>
        <translation>A note on the booking.</translation>
    </message>
    <message>
        <source>EAN-8, UPC-A, EAN-13 or GTIN-14 code, with its check digit.</source>
        <translation>EAN-8, UPC-A, EAN-13 or GTIN-14 code, with its check digit.</translation>
    </message>
    <message>
        <source>Stock on hand.</source>
        <translation>Stock on hand.</translation>
    </message>
    <message>
        <source>List the connections.</source>
        <translation>List the connections.</translation>
    </message>
    <message>
        <source>Add a connection. Its API key (and, for Outseta, the secret key on the next line) is read from standard input or a prompt and kept in the keychain only.</source>
        <translation>Add a connection. Its API key (and, for Outseta, the secret key on the next line) is read from standard input or a prompt and kept in the keychain only.</translation>
    </message>
    <message>
        <source>Check that the connection works.</source>
        <translation>Check that the connection works.</translation>
    </message>
    <message>
        <source>Remove a connection and its secrets from the keychain.</source>
        <translation>Remove a connection and its secrets from the keychain.</translation>
    </message>
    <message>
        <source>Make a connection the active one.</source>
        <translation>Make a connection the active one.</translation>
    </message>
    <message>
        <source>Log in; the password is read from standard input or a prompt, the session is kept in the keychain.</source>
        <translation>Log in; the password is read from standard input or a prompt, the session is kept in the keychain.</translation>
    </message>
    <message>
        <source>Log out and forget the session.</source>
        <translation>Log out and forget the session.</translation>
    </message>
    <message>
        <source>List the organisations.</source>
        <translation>List the organisations.</translation>
    </message>
    <message>
        <source>Create an organisation.</source>
        <translation>Create an organisation.</translation>
    </message>
    <message>
        <source>Make an organisation the active one, on the server and for this connection.</source>
        <translation>Make an organisation the active one, on the server and for this connection.</translation>
    </message>
    <message>
        <source>List the customers.</source>
        <translation>List the customers.</translation>
    </message>
    <message>
        <source>Add a customer.</source>
        <translation>Add a customer.</translation>
    </message>
    <message>
        <source>List the services.</source>
        <translation>List the services.</translation>
    </message>
    <message>
        <source>List the bookings.</source>
        <translation>List the bookings.</translation>
    </message>
    <message>
        <source>Book a service. Sent once only, however often the network makes it retry; on a conflict the next available time is printed.</source>
        <translation>Book a service. Sent once only, however often the network makes it retry; on a conflict the next available time is printed.</translation>
    </message>
    <message>
        <source>Confirm a booking.</source>
        <translation>Confirm a booking.</translation>
    </message>
    <message>
        <source>Mark a booking as completed.</source>
        <translation>Mark a booking as completed.</translation>
    </message>
    <message>
        <source>Cancel a booking.</source>
        <translation>Cancel a booking.</translation>
    </message>
    <message>
        <source>List the products.</source>
        <translation>List the products.</translation>
    </message>
    <message>
        <source>Add a product.</source>
        <translation>Add a product.</translation>
    </message>
    <message>
        <source>Walk through the sandbox at URL with its demo account, in a temporary configuration.</source>
        <translation>Walk through the sandbox at URL with its demo account, in a temporary configuration.</translation>
    </message>
    <message>
        <source>Show the help of balie-cli or of one command.</source>
        <translation>Show the help of balie-cli or of one command.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] COMMAND [arguments] [options]</source>
        <translation>Usage: %1 [global options] COMMAND [arguments] [options]</translation>
    </message>
    <message>
        <source>Balie&apos;s front desk for scripts and admins: connections, organisations, customers, services, bookings and products on any server that speaks one of the documented APIs.</source>
        <translation>Balie&apos;s front desk for scripts and admins: connections, organisations, customers, services, bookings and products on any server that speaks one of the documented APIs.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>Every command takes the options shown in its help: balie-cli help COMMAND, or balie-cli COMMAND --help.</source>
        <translation>Every command takes the options shown in its help: balie-cli help COMMAND, or balie-cli COMMAND --help.</translation>
    </message>
    <message>
        <source>Secrets (API keys, passwords) are never taken as arguments: they are read from standard input, one per line, or typed at a prompt. They are kept only in the system keychain.</source>
        <translation>Secrets (API keys, passwords) are never taken as arguments: they are read from standard input, one per line, or typed at a prompt. They are kept only in the system keychain.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit codes:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Global options and exit codes: balie-cli --help</source>
        <translation>Global options and exit codes: balie-cli --help</translation>
    </message>
    <message>
        <source>See: balie-cli --help</source>
        <translation>See: balie-cli --help</translation>
    </message>
    <message>
        <source>Say what to do: a command such as &quot;customers list&quot;.</source>
        <translation>Say what to do: a command such as &quot;customers list&quot;.</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;.</source>
        <translation>There is no command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. %2 offers: %3.</source>
        <translation>Unknown command &quot;%1&quot;. %2 offers: %3.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1&quot;.</source>
        <translation>Wrong number of arguments for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>The option --%1 does not apply to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more.</source>
        <translation>--limit needs a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Choose one of --json and --csv.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>another error</source>
        <translation>another error</translation>
    </message>
    <message>
        <source>bad command line or bad input; nothing was sent</source>
        <translation>bad command line or bad input; nothing was sent</translation>
    </message>
    <message>
        <source>credentials refused, or log in first</source>
        <translation>credentials refused, or log in first</translation>
    </message>
    <message>
        <source>not found (an organisation, booking, service, connection)</source>
        <translation>not found (an organisation, booking, service, connection)</translation>
    </message>
    <message>
        <source>conflict: the time is taken (the next free slot is printed), or the booking&apos;s status does not allow it</source>
        <translation>conflict: the time is taken (the next free slot is printed), or the booking&apos;s status does not allow it</translation>
    </message>
    <message>
        <source>rate limited: too many requests; says when the next one can go</source>
        <translation>rate limited: too many requests; says when the next one can go</translation>
    </message>
    <message>
        <source>the server could not be reached, timed out, failed or sent nonsense (also TLS)</source>
        <translation>the server could not be reached, timed out, failed or sent nonsense (also TLS)</translation>
    </message>
    <message>
        <source>no usable keychain for the secrets</source>
        <translation>no usable keychain for the secrets</translation>
    </message>
    <message>
        <source>this connection&apos;s kind of server does not offer it</source>
        <translation>this connection&apos;s kind of server does not offer it</translation>
    </message>
    <message>
        <source>a change was sent but its answer was lost: look it up before you repeat it, or repeat it with the same --idempotency-key</source>
        <translation>a change was sent but its answer was lost: look it up before you repeat it, or repeat it with the same --idempotency-key</translation>
    </message>
    <message>
        <source>A key of your own for this create (such as a UUID): run the same command with the same key again and a server that honours keys (the platform, Otesse) answers with the first result instead of creating twice.</source>
        <translation>A key of your own for this create (such as a UUID): run the same command with the same key again and a server that honours keys (the platform, Otesse) answers with the first result instead of creating twice.</translation>
    </message>
    <message>
        <source>Requests this connection may send in its server&apos;s window, where a plan differs from the documented limit: Outseta per second, Telesto per hour, Booking API creations per minute.</source>
        <translation>Requests this connection may send in its server&apos;s window, where a plan differs from the documented limit: Outseta per second, Telesto per hour, Booking API creations per minute.</translation>
    </message>
    <message>
        <source>Token refresh route of a login server (default: /api/auth/refresh/; the common others are tried and the one that works is kept).</source>
        <translation>Token refresh route of a login server (default: /api/auth/refresh/; the common others are tried and the one that works is kept).</translation>
    </message>
    <message>
        <source>What an Outseta server&apos;s offset counts: items (the default) or pages.</source>
        <translation>What an Outseta server&apos;s offset counts: items (the default) or pages.</translation>
    </message>
    <message>
        <source>List the accounts: the companies or households customers belong to (Outseta).</source>
        <translation>List the accounts: the companies or households customers belong to (Outseta).</translation>
    </message>
    <message>
        <source>Print records as CSV (RFC 4180; times in ISO 8601 UTC). A value a spreadsheet would run as a formula starts with an apostrophe; --json gives every value as it is.</source>
        <translation>Print records as CSV (RFC 4180; times in ISO 8601 UTC). A value a spreadsheet would run as a formula starts with an apostrophe; --json gives every value as it is.</translation>
    </message>
    <message>
        <source>List what the console keeps on this computer, without asking the server, and say how old it is.</source>
        <translation>List what the console keeps on this computer, without asking the server, and say how old it is.</translation>
    </message>
    <message>
        <source>Print this help as a manual page (roff, for man -l).</source>
        <translation>Print this help as a manual page (roff, for man -l).</translation>
    </message>
    <message>
        <source>Print a completion script for the shell: bash.</source>
        <translation>Print a completion script for the shell: bash.</translation>
    </message>
    <message>
        <source>Print only the names, one per line (for scripts and completion).</source>
        <translation>Print only the names, one per line (for scripts and completion).</translation>
    </message>
    <message>
        <source>Completion is written for bash only.</source>
        <translation>Completion is written for bash only.</translation>
    </message>
    <message>
        <source>Length in minutes (a new booking: the service&apos;s by default; a move: the same length by default).</source>
        <translation>Length in minutes (a new booking: the service&apos;s by default; a move: the same length by default).</translation>
    </message>
    <message>
        <source>Move a booking to another time; --duration gives it a new length where the server can (the Balie platform).</source>
        <translation>Move a booking to another time; --duration gives it a new length where the server can (the Balie platform).</translation>
    </message>
</context>
<context>
    <name>balie::cli::CliInput</name>
    <message>
        <source>%1 does not exist in the time zone %2 (the clocks skip it).</source>
        <translation>%1 does not exist in the time zone %2 (the clocks skip it).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time. Write it as 2026-11-24 10:00, or in ISO 8601 such as 2026-11-24T09:00:00Z.</source>
        <translation>&quot;%1&quot; is not a date and time. Write it as 2026-11-24 10:00, or in ISO 8601 such as 2026-11-24T09:00:00Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone. Use an IANA name such as Europe/Amsterdam.</source>
        <translation>&quot;%1&quot; is not a known time zone. Use an IANA name such as Europe/Amsterdam.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 needs a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (such as EUR or USD).</source>
        <translation>&quot;%1&quot; is not an ISO 4217 currency code (such as EUR or USD).</translation>
    </message>
    <message>
        <source>Name at least one currency, such as EUR,USD.</source>
        <translation>Name at least one currency, such as EUR,USD.</translation>
    </message>
</context>
<context>
    <name>balie::cli::CliOutput</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <comment>below a table</comment>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balie::cli::CliReference</name>
    <message>
        <source>User Commands</source>
        <translation>User Commands</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Balie&apos;s front desk for scripts and admins</source>
        <translation>Balie&apos;s front desk for scripts and admins</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>SYNOPSIS</translation>
    </message>
    <message>
        <source>global options</source>
        <translation>global options</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>COMMANDS</translation>
    </message>
    <message>
        <source>GLOBAL OPTIONS</source>
        <translation>GLOBAL OPTIONS</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONMENT</translation>
    </message>
    <message>
        <source>The INI file of the connections, as --config gives it.</source>
        <translation>The INI file of the connections, as --config gives it.</translation>
    </message>
    <message>
        <source>Which log lines to print, such as &quot;balie.*.debug=true&quot;; --verbose prints the library&apos;s warnings.</source>
        <translation>Which log lines to print, such as &quot;balie.*.debug=true&quot;; --verbose prints the library&apos;s warnings.</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>EXIT STATUS</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>SEE ALSO</translation>
    </message>
</context>
<context>
    <name>balie::cli::CliSession</name>
    <message>
        <source>There is no connection named &quot;%1&quot;. See the list with: balie-cli connections list</source>
        <translation>There is no connection named &quot;%1&quot;. See the list with: balie-cli connections list</translation>
    </message>
    <message>
        <source>There is no connection yet. Add one with: balie-cli connections add NAME --flavour FLAVOUR --url URL</source>
        <translation>There is no connection yet. Add one with: balie-cli connections add NAME --flavour FLAVOUR --url URL</translation>
    </message>
    <message>
        <source>No connection is active. Choose one with --connection NAME, or make one active with: balie-cli connections use NAME</source>
        <translation>No connection is active. Choose one with --connection NAME, or make one active with: balie-cli connections use NAME</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; cannot be used: %2</source>
        <translation>The connection &quot;%1&quot; cannot be used: %2</translation>
    </message>
    <message>
        <source>No organisation is chosen. Pass --org ID, or make one active with: balie-cli organisations activate ID</source>
        <translation>No organisation is chosen. Pass --org ID, or make one active with: balie-cli organisations activate ID</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is a %2 server, which does not offer %3.</source>
        <translation>The connection &quot;%1&quot; is a %2 server, which does not offer %3.</translation>
    </message>
    <message>
        <source>The new session could not be kept in the keychain: %1</source>
        <translation>The new session could not be kept in the keychain: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field, then what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The next request can go at %1 (%2).</source>
        <translation>The next request can go at %1 (%2).</translation>
    </message>
    <message>
        <source>log in with: %1</source>
        <translation>log in with: %1</translation>
    </message>
    <message>
        <source>See: balie-cli --help</source>
        <translation>See: balie-cli --help</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>The keychain could not be used.</translation>
    </message>
    <message>
        <source>To repeat it safely, run the same command with --idempotency-key %1: the server then answers with the first result instead of making it twice.</source>
        <translation>To repeat it safely, run the same command with --idempotency-key %1: the server then answers with the first result instead of making it twice.</translation>
    </message>
    <message>
        <source>This server does not promise to recognise a repeat: list what you created before you run the command again.</source>
        <translation>This server does not promise to recognise a repeat: list what you created before you run the command again.</translation>
    </message>
    <message>
        <source>--idempotency-key needs 1 to 255 visible ASCII characters (letters, digits, - and the like), such as a UUID.</source>
        <translation>--idempotency-key needs 1 to 255 visible ASCII characters (letters, digits, - and the like), such as a UUID.</translation>
    </message>
    <message>
        <source>This list is not kept on this computer yet: open it in the console first.</source>
        <translation>This list is not kept on this computer yet: open it in the console first.</translation>
    </message>
    <message>
        <source>Kept on this computer; when it was loaded is not known.</source>
        <translation>Kept on this computer; when it was loaded is not known.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept on this computer: as the server gave it at %1 (%2).</source>
        <translation>Kept on this computer: as the server gave it at %1 (%2).</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already. Remove it first, or pick another name.</source>
        <translation>A connection named &quot;%1&quot; exists already. Remove it first, or pick another name.</translation>
    </message>
    <message>
        <source>Say what kind of server this is with --flavour (balie, oas, otesse, booking, telesto or outseta).</source>
        <translation>Say what kind of server this is with --flavour (balie, oas, otesse, booking, telesto or outseta).</translation>
    </message>
    <message>
        <source>Unknown --flavour &quot;%1&quot;: use one of %2.</source>
        <translation>Unknown --flavour &quot;%1&quot;: use one of %2.</translation>
    </message>
    <message>
        <source>A %1 server signs in with --auth %2.</source>
        <translation>A %1 server signs in with --auth %2.</translation>
    </message>
    <message>
        <source>Give the server address with --url, for example %1.</source>
        <translation>Give the server address with --url, for example %1.</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>API key for %1: </translation>
    </message>
    <message>
        <source>No API key was given. Type it at the prompt, or send it on standard input (one line).</source>
        <translation>No API key was given. Type it at the prompt, or send it on standard input (one line).</translation>
    </message>
    <message>
        <source>Secret key for %1: </source>
        <translation>Secret key for %1: </translation>
    </message>
    <message>
        <source>No secret key was given. Send it on the line after the API key.</source>
        <translation>No secret key was given. Send it on the line after the API key.</translation>
    </message>
    <message>
        <source>Added the connection &quot;%1&quot; (%2).</source>
        <translation>Added the connection &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>Log in with: balie-cli login --connection &quot;%1&quot;</source>
        <translation>Log in with: balie-cli login --connection &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Check it with: balie-cli connections test --connection &quot;%1&quot;</source>
        <translation>Check it with: balie-cli connections test --connection &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; works.</source>
        <translation>The connection &quot;%1&quot; works.</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>The server answered: %1</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>There is no connection named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Removed the connection &quot;%1&quot; and its secrets.</source>
        <translation>Removed the connection &quot;%1&quot; and its secrets.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the active connection.</source>
        <translation>&quot;%1&quot; is now the active connection.</translation>
    </message>
    <message>
        <source>--offset-unit is &quot;items&quot; or &quot;pages&quot;.</source>
        <translation>--offset-unit is &quot;items&quot; or &quot;pages&quot;.</translation>
    </message>
</context>
<context>
    <name>balie::cli::CustomerCommands</name>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>a list of the customers changed after a time</source>
        <translation>a list of the customers changed after a time</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name with --name.</source>
        <translation>Give the customer&apos;s name with --name.</translation>
    </message>
    <message>
        <source>Give the customer&apos;s e-mail address with --email.</source>
        <translation>Give the customer&apos;s e-mail address with --email.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>adding customers</source>
        <translation>adding customers</translation>
    </message>
    <message>
        <source>Added the customer &quot;%1&quot; (%2).</source>
        <translation>Added the customer &quot;%1&quot; (%2).</translation>
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
        <translation>Give the sandbox&apos;s address with --url, such as http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the demo: %1</source>
        <translation>Cannot make a temporary folder for the demo: %1</translation>
    </message>
    <message>
        <source>Balie demo</source>
        <translation>Balie demo</translation>
    </message>
    <message>
        <source>No keychain is available here: the demo keeps its credentials in memory only and writes them nowhere.</source>
        <translation>No keychain is available here: the demo keeps its credentials in memory only and writes them nowhere.</translation>
    </message>
    <message>
        <source>The demo&apos;s keychain entries are removed.</source>
        <translation>The demo&apos;s keychain entries are removed.</translation>
    </message>
    <message>
        <source>Logging in to %1 as %2 (%3)…</source>
        <translation>Logging in to %1 as %2 (%3)…</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>The demo account has no organisations.</source>
        <translation>The demo account has no organisations.</translation>
    </message>
    <message>
        <source>Logged in; the session is kept in the keychain until the demo ends.
</source>
        <translation>Logged in; the session is kept in the keychain until the demo ends.
</translation>
    </message>
    <message>
        <source>The keychain did not keep the session (%1); the demo goes on with it in memory only.
</source>
        <translation>The keychain did not keep the session (%1); the demo goes on with it in memory only.
</translation>
    </message>
    <message numerus="yes">
        <source>The first %n customer(s)</source>
        <translation>
            <numerusform>The first %n customer</numerusform>
            <numerusform>The first %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message numerus="yes">
        <source>The first %n booking(s)</source>
        <translation>
            <numerusform>The first %n booking</numerusform>
            <numerusform>The first %n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n product(s)</source>
        <translation>
            <numerusform>The first %n product</numerusform>
            <numerusform>The first %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>That was the demo. Try balie-cli --help for everything else.</source>
        <translation>That was the demo. Try balie-cli --help for everything else.</translation>
    </message>
</context>
<context>
    <name>balie::cli::OrganisationCommands</name>
    <message>
        <source>Give the organisation a name with --name.</source>
        <translation>Give the organisation a name with --name.</translation>
    </message>
    <message>
        <source>Give the base currency with --base-currency, such as EUR.</source>
        <translation>Give the base currency with --base-currency, such as EUR.</translation>
    </message>
    <message>
        <source>The base currency %1 must be one of --currencies (%2).</source>
        <translation>The base currency %1 must be one of --currencies (%2).</translation>
    </message>
    <message>
        <source>--image needs a web address such as https://example.com/logo.png.</source>
        <translation>--image needs a web address such as https://example.com/logo.png.</translation>
    </message>
    <message>
        <source>creating organisations</source>
        <translation>creating organisations</translation>
    </message>
    <message>
        <source>Created the organisation &quot;%1&quot; (%2).</source>
        <translation>Created the organisation &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is now the active organisation.</source>
        <translation>&quot;%1&quot; (%2) is now the active organisation.</translation>
    </message>
    <message>
        <source>This connection has one organisation only: %1.</source>
        <translation>This connection has one organisation only: %1.</translation>
    </message>
    <message>
        <source>The organisation %1 is now the active one.</source>
        <translation>The organisation %1 is now the active one.</translation>
    </message>
</context>
<context>
    <name>balie::cli::ProductCommands</name>
    <message>
        <source>products</source>
        <translation>products</translation>
    </message>
    <message>
        <source>Give the product&apos;s name with --name.</source>
        <translation>Give the product&apos;s name with --name.</translation>
    </message>
    <message>
        <source>Give the product&apos;s EAN or UPC code with --ean.</source>
        <translation>Give the product&apos;s EAN or UPC code with --ean.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid EAN or UPC code: it needs 8, 12, 13 or 14 digits with a correct check digit.</source>
        <translation>&quot;%1&quot; is not a valid EAN or UPC code: it needs 8, 12, 13 or 14 digits with a correct check digit.</translation>
    </message>
    <message>
        <source>adding products</source>
        <translation>adding products</translation>
    </message>
    <message>
        <source>Added the product &quot;%1&quot; (%2).</source>
        <translation>Added the product &quot;%1&quot; (%2).</translation>
    </message>
</context>
<context>
    <name>balie::cli::ServiceCommands</name>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>There is no service with the id &quot;%1&quot;. See them with: balie-cli services list</source>
        <translation>There is no service with the id &quot;%1&quot;. See them with: balie-cli services list</translation>
    </message>
</context>
<context>
    <name>balie::models::AccountTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
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
        <translation>When</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>Customer e-mail</translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation>Service ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>balie::models::ChangeHistory</name>
    <message>
        <source>new booking of %1</source>
        <translation>new booking of %1</translation>
    </message>
    <message>
        <source>confirmation of the booking of %1</source>
        <translation>confirmation of the booking of %1</translation>
    </message>
    <message>
        <source>move of the booking of %1</source>
        <translation>move of the booking of %1</translation>
    </message>
    <message>
        <source>completion of the booking of %1</source>
        <translation>completion of the booking of %1</translation>
    </message>
    <message>
        <source>cancellation of the booking of %1</source>
        <translation>cancellation of the booking of %1</translation>
    </message>
    <message>
        <source>new customer %1</source>
        <translation>new customer %1</translation>
    </message>
    <message>
        <source>edit of customer %1</source>
        <translation>edit of customer %1</translation>
    </message>
    <message>
        <source>new product %1</source>
        <translation>new product %1</translation>
    </message>
    <message>
        <source>edit of product %1</source>
        <translation>edit of product %1</translation>
    </message>
    <message>
        <source>Undone: %1. Nothing was sent.</source>
        <translation>Undone: %1. Nothing was sent.</translation>
    </message>
    <message>
        <source>Undone: %1. The booking is cancelled.</source>
        <translation>Undone: %1. The booking is cancelled.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
    <message>
        <source>Not undone: %1 is on its way to the server. Try again in a moment.</source>
        <translation>Not undone: %1 is on its way to the server. Try again in a moment.</translation>
    </message>
    <message>
        <source>Not undone: %1.</source>
        <translation>Not undone: %1.</translation>
    </message>
    <message>
        <source>Not undone: %1. %2</source>
        <translation>Not undone: %1. %2</translation>
    </message>
    <message>
        <source>Not undone: %1. The server&apos;s record was changed since; nothing was overwritten.</source>
        <translation>Not undone: %1. The server&apos;s record was changed since; nothing was overwritten.</translation>
    </message>
    <message>
        <source>Not undone: %1 has reached the server, which cannot take it back.</source>
        <translation>Not undone: %1 has reached the server, which cannot take it back.</translation>
    </message>
    <message>
        <source>Not undone: %1 has reached the server, which offers no way to delete it.</source>
        <translation>Not undone: %1 has reached the server, which offers no way to delete it.</translation>
    </message>
    <message>
        <source>Undone: %1. It is back on %2 at %3.</source>
        <translation>Undone: %1. It is back on %2 at %3.</translation>
    </message>
    <message>
        <source>new length of the booking of %1</source>
        <translation>new length of the booking of %1</translation>
    </message>
    <message>
        <source>Undone: %1. It ends at %2 again.</source>
        <translation>Undone: %1. It ends at %2 again.</translation>
    </message>
    <message>
        <source>Not undone: %1. Its length before is not known.</source>
        <translation>Not undone: %1. Its length before is not known.</translation>
    </message>
    <message>
        <source>%1 The server keeps it marked as moved.</source>
        <translation>%1 The server keeps it marked as moved.</translation>
    </message>
    <message>
        <source>%1 It is confirmed again.</source>
        <translation>%1 It is confirmed again.</translation>
    </message>
    <message>
        <source>%1 It could not be confirmed again: %2</source>
        <translation>%1 It could not be confirmed again: %2</translation>
    </message>
</context>
<context>
    <name>balie::models::CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
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
        <translation>Time</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No bookings</source>
        <translation>No bookings</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count, status</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s): %1</source>
        <translation>
            <numerusform>%n booking: %1</numerusform>
            <numerusform>%n bookings: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balie::models::DeskSearch</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation>%1 in stock</translation>
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
        <translation>per hour</translation>
    </message>
    <message>
        <source>flat</source>
        <comment>price type</comment>
        <translation>flat</translation>
    </message>
    <message>
        <source>on request</source>
        <comment>price type</comment>
        <translation>on request</translation>
    </message>
</context>
<context>
    <name>balie::models::KeptRecords</name>
    <message>
        <source>Nothing of this connection is kept on this computer yet: open it in the console first.</source>
        <translation>Nothing of this connection is kept on this computer yet: open it in the console first.</translation>
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
        <translation>The connection is closed. Open it again.</translation>
    </message>
    <message>
        <source>Sent at %1; until then it can be undone.</source>
        <translation>Sent at %1; until then it can be undone.</translation>
    </message>
    <message>
        <source>Waiting to be sent: the server cannot be reached now.</source>
        <translation>Waiting to be sent: the server cannot be reached now.</translation>
    </message>
    <message>
        <source>Being sent.</source>
        <translation>Being sent.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>New booking: %1, %2</source>
        <translation>New booking: %1, %2</translation>
    </message>
    <message>
        <source>%1: booking %2, to %3</source>
        <translation>%1: booking %2, to %3</translation>
    </message>
    <message>
        <source>%1: booking %2</source>
        <translation>%1: booking %2</translation>
    </message>
    <message>
        <source>New customer: %1</source>
        <translation>New customer: %1</translation>
    </message>
    <message>
        <source>Customer changed: %1</source>
        <translation>Customer changed: %1</translation>
    </message>
    <message>
        <source>New product: %1</source>
        <translation>New product: %1</translation>
    </message>
    <message>
        <source>Product changed: %1</source>
        <translation>Product changed: %1</translation>
    </message>
    <message>
        <source>%1: booking of %2, to %3</source>
        <translation>%1: booking of %2, to %3</translation>
    </message>
    <message>
        <source>%1: booking of %2, %3</source>
        <translation>%1: booking of %2, %3</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Base currency</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Currencies</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>balie::models::Outbox</name>
    <message>
        <source>This change cannot be read; drop it.</source>
        <translation>This change cannot be read; drop it.</translation>
    </message>
    <message>
        <source>Balie stopped while sending this. It may have arrived: check, then send it again or drop it.</source>
        <translation>Balie stopped while sending this. It may have arrived: check, then send it again or drop it.</translation>
    </message>
    <message>
        <source>The change could not be kept on this computer, so it was not sent.</source>
        <translation>The change could not be kept on this computer, so it was not sent.</translation>
    </message>
    <message>
        <source>The answer was lost: it may have arrived. Check, then send it again or drop it.</source>
        <translation>The answer was lost: it may have arrived. Check, then send it again or drop it.</translation>
    </message>
</context>
<context>
    <name>balie::models::OutboxModel</name>
    <message>
        <source>Held (can be undone)</source>
        <translation>Held (can be undone)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>May have arrived</source>
        <translation>May have arrived</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>balie::models::ProductTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>EAN/UPC</source>
        <translation>EAN/UPC</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Price type</source>
        <translation>Price type</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
</context>
<context>
    <name>balie::models::Workspace</name>
    <message>
        <source>The connection is closed. Open it again.</source>
        <translation>The connection is closed. Open it again.</translation>
    </message>
    <message>
        <source>There is no such connection.</source>
        <translation>There is no such connection.</translation>
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
        <translation>Time</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a booking&apos;s time: start, end</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>No bookings.</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
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
        <translation>Previous week</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Show one day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Show a week</source>
        <translation>Show a week</translation>
    </message>
    <message>
        <source>Booking calendar</source>
        <translation>Booking calendar</translation>
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
        <translation>Bookable %1</translation>
    </message>
    <message>
        <source>%1 your time</source>
        <comment>the booking&apos;s start in the user&apos;s own time zone</comment>
        <translation>%1 your time</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Choose a service.</translation>
    </message>
    <message>
        <source>This time does not exist in %1.</source>
        <translation>This time does not exist in %1.</translation>
    </message>
    <message>
        <source>Outside the service&apos;s hours: %1.</source>
        <translation>Outside the service&apos;s hours: %1.</translation>
    </message>
    <message>
        <source>The connection is closed. Open it again to save.</source>
        <translation>The connection is closed. Open it again to save.</translation>
    </message>
    <message>
        <source>This time is taken.</source>
        <translation>This time is taken.</translation>
    </message>
    <message>
        <source>The next free time is shown below.</source>
        <translation>The next free time is shown below.</translation>
    </message>
    <message>
        <source>Book at %1</source>
        <translation>Book at %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Move to %1</translation>
    </message>
    <message>
        <source>Nothing is free in the next 90 days; choose another service or a later date.</source>
        <translation>Nothing is free in the next 90 days; choose another service or a later date.</translation>
    </message>
    <message>
        <source>Unsaved booking</source>
        <translation>Unsaved booking</translation>
    </message>
    <message>
        <source>Close without booking? What you typed will be lost.</source>
        <translation>Close without booking? What you typed will be lost.</translation>
    </message>
    <message>
        <source>Close without rescheduling? The new time will be lost.</source>
        <translation>Close without rescheduling? The new time will be lost.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>Reschedule booking</source>
        <translation>Reschedule booking</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Reschedule</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation>Service ID</translation>
    </message>
    <message>
        <source>Date, in the service&apos;s time zone</source>
        <translation>Date, in the service&apos;s time zone</translation>
    </message>
    <message>
        <source>Start time, in the service&apos;s time zone</source>
        <translation>Start time, in the service&apos;s time zone</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <comment>weekday and date, start time, end time</comment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 — in the past</source>
        <comment>a booking&apos;s time</comment>
        <translation>%1 — in the past</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Book in the past?</source>
        <translation>Book in the past?</translation>
    </message>
    <message>
        <source>Move to the past?</source>
        <translation>Move to the past?</translation>
    </message>
    <message>
        <source>%1 is in the past. Book it anyway?</source>
        <translation>%1 is in the past. Book it anyway?</translation>
    </message>
    <message>
        <source>%1 is in the past. Move the booking there anyway?</source>
        <translation>%1 is in the past. Move the booking there anyway?</translation>
    </message>
    <message>
        <source>Book in the past</source>
        <translation>Book in the past</translation>
    </message>
    <message>
        <source>Move to the past</source>
        <translation>Move to the past</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Change the time</translation>
    </message>
    <message>
        <source>The time asked for (%1) was taken meanwhile. The next free time is filled in: book it, or choose another.</source>
        <translation>The time asked for (%1) was taken meanwhile. The next free time is filled in: book it, or choose another.</translation>
    </message>
    <message>
        <source>The time asked for (%1) was taken meanwhile. Choose another time.</source>
        <translation>The time asked for (%1) was taken meanwhile. Choose another time.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>balie::ui::BookingPresentation</name>
    <message>
        <source>no days</source>
        <translation>no days</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>every day</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of week days</comment>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list of week days</comment>
        <translation>%1 and %2</translation>
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
        <translation>%1 (%2), %3 your time</translation>
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
        <translation>Colour of %1 bookings</translation>
    </message>
    <message>
        <source>Status colours</source>
        <translation>Status colours</translation>
    </message>
</context>
<context>
    <name>balie::ui::BookingsPage</name>
    <message>
        <source>Choose an organisation to see its bookings.</source>
        <translation>Choose an organisation to see its bookings.</translation>
    </message>
    <message>
        <source>The connection “%1” (%2) does not offer bookings.</source>
        <translation>The connection “%1” (%2) does not offer bookings.</translation>
    </message>
    <message>
        <source>Loading bookings…</source>
        <translation>Loading bookings…</translation>
    </message>
    <message>
        <source>The bookings could not be loaded.</source>
        <translation>The bookings could not be loaded.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>customer, date and time</comment>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 (%2)?</source>
        <translation>Cancel the booking of %1 (%2)?</translation>
    </message>
    <message>
        <source>The customer&apos;s time becomes free for others.</source>
        <translation>The customer&apos;s time becomes free for others.</translation>
    </message>
    <message>
        <source>Keep booking</source>
        <translation>Keep booking</translation>
    </message>
    <message>
        <source>%1: the booking of %2</source>
        <comment>action, booking</comment>
        <translation>%1: the booking of %2</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Bookings from</source>
        <translation>Bookings from</translation>
    </message>
    <message>
        <source>Bookings until</source>
        <translation>Bookings until</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Filter by customer, service or note</source>
        <translation>Filter by customer, service or note</translation>
    </message>
    <message>
        <source>Filter bookings</source>
        <translation>Filter bookings</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Show the bookings as a list</source>
        <translation>Show the bookings as a list</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Show the bookings in a calendar</source>
        <translation>Show the bookings in a calendar</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation>&amp;New booking…</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <source>Confirm the selected booking</source>
        <translation>Confirm the selected booking</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reschedule…</translation>
    </message>
    <message>
        <source>Move the selected booking to another time</source>
        <translation>Move the selected booking to another time</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Co&amp;mplete</translation>
    </message>
    <message>
        <source>Mark the selected booking as completed</source>
        <translation>Mark the selected booking as completed</translation>
    </message>
    <message>
        <source>Cance&amp;l booking…</source>
        <translation>Cance&amp;l booking…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>Customer filter</source>
        <translation>Customer filter</translation>
    </message>
    <message>
        <source>Show only the bookings of one customer</source>
        <translation>Show only the bookings of one customer</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>Show the bookings of every customer again</source>
        <translation>Show the bookings of every customer again</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Show all customers</translation>
    </message>
    <message numerus="yes">
        <source>%Ln booking(s), as of %1</source>
        <translation>
            <numerusform>%Ln booking, as of %1</numerusform>
            <numerusform>%Ln bookings, as of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln booking(s)</source>
        <translation>
            <numerusform>%Ln booking</numerusform>
            <numerusform>%Ln bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>The booking of %1 was moved to %2 at %3.</source>
        <translation>The booking of %1 was moved to %2 at %3.</translation>
    </message>
    <message>
        <source>The booking of %1 is cancelled. It goes to the server in a few seconds; until then it can be undone.</source>
        <translation>The booking of %1 is cancelled. It goes to the server in a few seconds; until then it can be undone.</translation>
    </message>
    <message>
        <source>The booking of %1 is completed. It goes to the server in a few seconds; until then it can be undone.</source>
        <translation>The booking of %1 is completed. It goes to the server in a few seconds; until then it can be undone.</translation>
    </message>
    <message>
        <source>The booking of %1 is made for %2 at %3.</source>
        <translation>The booking of %1 is made for %2 at %3.</translation>
    </message>
    <message>
        <source>The booking of %1 is cancelled here. It goes to the server when it can be reached; until then it can be undone.</source>
        <translation>The booking of %1 is cancelled here. It goes to the server when it can be reached; until then it can be undone.</translation>
    </message>
    <message>
        <source>The booking of %1 is completed here. It goes to the server when it can be reached; until then it can be undone.</source>
        <translation>The booking of %1 is completed here. It goes to the server when it can be reached; until then it can be undone.</translation>
    </message>
    <message>
        <source>The booking of %1 for %2 at %3 waits in the queue: it is made when the server can be reached.</source>
        <translation>The booking of %1 for %2 at %3 waits in the queue: it is made when the server can be reached.</translation>
    </message>
    <message>
        <source>The move of the booking of %1 to %2 at %3 waits in the queue: it is made when the server can be reached.</source>
        <translation>The move of the booking of %1 to %2 at %3 waits in the queue: it is made when the server can be reached.</translation>
    </message>
    <message>
        <source>The booking of %1 is confirmed here. It goes to the server when it can be reached; until then it can be undone.</source>
        <translation>The booking of %1 is confirmed here. It goes to the server when it can be reached; until then it can be undone.</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <comment>the user&apos;s time, then the time and zone of the service</comment>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Book an appointment by hand</source>
        <translation>Book an appointment by hand</translation>
    </message>
    <message>
        <source>Cancel the selected booking</source>
        <translation>Cancel the selected booking</translation>
    </message>
    <message>
        <source>Load the bookings again</source>
        <translation>Load the bookings again</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Bookings for a Calendar</source>
        <translation>Export Bookings for a Calendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The bookings could not be exported: %1</source>
        <translation>The bookings could not be exported: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n booking(s) for a calendar to %1.</source>
        <translation>
            <numerusform>Exported %n booking for a calendar to %1.</numerusform>
            <numerusform>Exported %n bookings for a calendar to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Bookings for a &amp;Calendar…</source>
        <translation>Export Bookings for a &amp;Calendar…</translation>
    </message>
    <message>
        <source>The bookings the list shows, as an iCalendar file (.ics) for Outlook, Google or Apple Calendar</source>
        <translation>The bookings the list shows, as an iCalendar file (.ics) for Outlook, Google or Apple Calendar</translation>
    </message>
    <message>
        <source>Print Bookings</source>
        <translation>Print Bookings</translation>
    </message>
    <message>
        <source>Export Bookings as PDF</source>
        <translation>Export Bookings as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n booking(s) as PDF to %1.</source>
        <translation>
            <numerusform>Exported %n booking as PDF to %1.</numerusform>
            <numerusform>Exported %n bookings as PDF to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print Bookings…</source>
        <translation>&amp;Print Bookings…</translation>
    </message>
    <message>
        <source>Export Bookings as P&amp;DF…</source>
        <translation>Export Bookings as P&amp;DF…</translation>
    </message>
    <message>
        <source>This booking cannot be moved: it is %1.</source>
        <translation>This booking cannot be moved: it is %1.</translation>
    </message>
    <message>
        <source>The bookings are loading; they are exported when they are in.</source>
        <translation>The bookings are loading; they are exported when they are in.</translation>
    </message>
    <message>
        <source>Finish the booking dialog that is open first.</source>
        <translation>Finish the booking dialog that is open first.</translation>
    </message>
    <message>
        <source>This booking cannot be changed: it is %1.</source>
        <translation>This booking cannot be changed: it is %1.</translation>
    </message>
    <message>
        <source>The booking of %1 ending at %2 waits in the queue: it is changed when the server can be reached.</source>
        <translation>The booking of %1 ending at %2 waits in the queue: it is changed when the server can be reached.</translation>
    </message>
    <message numerus="yes">
        <source>The booking of %1 now ends at %2 (%n min).</source>
        <translation>
            <numerusform>The booking of %1 now ends at %2 (%n min).</numerusform>
            <numerusform>The booking of %1 now ends at %2 (%n min).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balie::ui::ColumnsMenu</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Show all columns in their original order</source>
        <translation>Show all columns in their original order</translation>
    </message>
</context>
<context>
    <name>balie::ui::ConnectionDialog</name>
    <message>
        <source>Enter the password to test signing in.</source>
        <translation>Enter the password to test signing in.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Enter the API key.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Enter the secret key.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>The connection works.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1</source>
        <translation>The connection was not saved: %1</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>New connection</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Edit connection</translation>
    </message>
    <message>
        <source>&amp;Kind of server:</source>
        <translation>&amp;Kind of server:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Sign in &amp;with:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mail address:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>&amp;Secret key:</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Try the connection with the cheapest request</source>
        <translation>Try the connection with the cheapest request</translation>
    </message>
    <message>
        <source>Signs in when you save; only a session is kept</source>
        <translation>Signs in when you save; only a session is kept</translation>
    </message>
    <message>
        <source>Request &amp;budget:</source>
        <translation>Request &amp;budget:</translation>
    </message>
    <message>
        <source>&amp;Offset counts:</source>
        <translation>&amp;Offset counts:</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>per second</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>per minute</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>per hour</translation>
    </message>
    <message>
        <source>As documented: %1 %2</source>
        <translation>As documented: %1 %2</translation>
    </message>
    <message>
        <source>How many bookings your plan lets Balie create in this time. Balie never sends more, also from several windows or balie-cli at once.</source>
        <translation>How many bookings your plan lets Balie create in this time. Balie never sends more, also from several windows or balie-cli at once.</translation>
    </message>
    <message>
        <source>How many requests your plan allows in this time. Balie never sends more, also from several windows or balie-cli at once.</source>
        <translation>How many requests your plan allows in this time. Balie never sends more, also from several windows or balie-cli at once.</translation>
    </message>
    <message>
        <source>Items (the usual meaning)</source>
        <translation>Items (the usual meaning)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>What this server&apos;s offset parameter counts. If lists come out too short, Balie says so; then try the other choice.</source>
        <translation>What this server&apos;s offset parameter counts. If lists come out too short, Balie says so; then try the other choice.</translation>
    </message>
</context>
<context>
    <name>balie::ui::CreateOrganisationDialog</name>
    <message>
        <source>Give the organisation a name.</source>
        <translation>Give the organisation a name.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code, such as EUR.</source>
        <translation>“%1” is not an ISO 4217 currency code, such as EUR.</translation>
    </message>
    <message>
        <source>Choose at least one currency.</source>
        <translation>Choose at least one currency.</translation>
    </message>
    <message>
        <source>The base currency must be one of the currencies.</source>
        <translation>The base currency must be one of the currencies.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://, or nothing.</source>
        <translation>Enter a web address starting with https://, or nothing.</translation>
    </message>
    <message>
        <source>The connection is not open.</source>
        <translation>The connection is not open.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>&amp;Base currency:</translation>
    </message>
    <message>
        <source>&amp;Currencies:</source>
        <translation>&amp;Currencies:</translation>
    </message>
    <message>
        <source>&amp;Image URL:</source>
        <translation>&amp;Image URL:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Base currency</translation>
    </message>
    <message>
        <source>Type to filter, Enter ticks a single match</source>
        <translation>Type to filter, Enter ticks a single match</translation>
    </message>
    <message>
        <source>Filter currencies</source>
        <translation>Filter currencies</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Currencies</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>Image URL</translation>
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
        <translation>Export %1 as CSV</translation>
    </message>
    <message>
        <source>Still loading %1: the file is written when every row is in. Cancel stops loading and the export.</source>
        <translation>Still loading %1: the file is written when every row is in. Cancel stops loading and the export.</translation>
    </message>
    <message>
        <source>Loading was cancelled; nothing was exported.</source>
        <translation>Loading was cancelled; nothing was exported.</translation>
    </message>
    <message>
        <source>Loading failed; nothing was exported.</source>
        <translation>Loading failed; nothing was exported.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for Excel (semicolon) (*.csv)</source>
        <translation>CSV for Excel (semicolon) (*.csv)</translation>
    </message>
    <message>
        <source>CSV, comma separated (*.csv)</source>
        <translation>CSV, comma separated (*.csv)</translation>
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
        <translation>&amp;New booking</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Company: %1</translation>
    </message>
    <message>
        <source>No contact details</source>
        <translation>No contact details</translation>
    </message>
    <message>
        <source>Coming bookings (%1)</source>
        <translation>Coming bookings (%1)</translation>
    </message>
    <message>
        <source>Past bookings (%1), of the dates the Bookings tab has loaded</source>
        <translation>Past bookings (%1), of the dates the Bookings tab has loaded</translation>
    </message>
</context>
<context>
    <name>balie::ui::CustomerEditorDialog</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Enter the customer&apos;s name.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Enter an e-mail address.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address, such as name@example.com.</source>
        <translation>“%1” is not a valid e-mail address, such as name@example.com.</translation>
    </message>
    <message>
        <source>The organisation changed; the customer was not saved.</source>
        <translation>The organisation changed; the customer was not saved.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mail address:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
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
        <translation>Customer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Customer e-mail address</source>
        <translation>Customer e-mail address</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name and e-mail address.</source>
        <translation>Type the customer&apos;s name and e-mail address.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers are called “%1”: choose one from the list, by e-mail or phone.</source>
        <translation>
            <numerusform>%n customer is called “%1”: choose one from the list, by e-mail or phone.</numerusform>
            <numerusform>%n customers are called “%1”: choose one from the list, by e-mail or phone.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>No customer matches “%1”.</translation>
    </message>
    <message>
        <source>Choose a customer from the list.</source>
        <translation>Choose a customer from the list.</translation>
    </message>
    <message>
        <source>Type a name, e-mail address or phone number</source>
        <translation>Type a name, e-mail address or phone number</translation>
    </message>
    <message>
        <source>Type to search customers; Down opens the list, Enter picks</source>
        <translation>Type to search customers; Down opens the list, Enter picks</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Matching customers</translation>
    </message>
</context>
<context>
    <name>balie::ui::DemoConnection</name>
    <message>
        <source>Balie platform (demo)</source>
        <translation>Balie platform (demo)</translation>
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
        <translation>Close without saving? What you typed will be lost.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>balie::ui::LoginDialog</name>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>This connection no longer exists.</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Sign in to %1</translation>
    </message>
    <message>
        <source>Sign in to %1 as %2 (%3).</source>
        <translation>Sign in to %1 as %2 (%3).</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
        <translation>No organisation selected</translation>
    </message>
    <message>
        <source>Working on %1</source>
        <translation>Working on %1</translation>
    </message>
    <message>
        <source>Organisation “%1” was created.</source>
        <translation>Organisation “%1” was created.</translation>
    </message>
    <message>
        <source>About Balie</source>
        <translation>About Balie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Balie %1&lt;/h3&gt;&lt;p&gt;The front desk console for businesses that take bookings: organisations, customers, services, bookings and products, in Dutch and English.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Balie %1&lt;/h3&gt;&lt;p&gt;The front desk console for businesses that take bookings: organisations, customers, services, bookings and products, in Dutch and English.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>New &amp;connection…</source>
        <translation>New &amp;connection…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>C&amp;olumns…</translation>
    </message>
    <message>
        <source>&amp;Switch organisation…</source>
        <translation>&amp;Switch organisation…</translation>
    </message>
    <message>
        <source>&amp;New booking</source>
        <translation>&amp;New booking</translation>
    </message>
    <message>
        <source>&amp;About Balie</source>
        <translation>&amp;About Balie</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>New customer…</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>New product…</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>The server can be reached again; the tables are up to date.</source>
        <translation>The server can be reached again; the tables are up to date.</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached. The tables keep the data of %2; Balie tries again by itself.</source>
        <translation>Offline: %1 cannot be reached. The tables keep the data of %2; Balie tries again by itself.</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached. Balie tries again by itself.</source>
        <translation>Offline: %1 cannot be reached. Balie tries again by itself.</translation>
    </message>
    <message>
        <source>Try &amp;again now</source>
        <translation>Try &amp;again now</translation>
    </message>
    <message>
        <source>Offline — data of %1</source>
        <translation>Offline — data of %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Trying again at %1</source>
        <translation>Trying again at %1</translation>
    </message>
    <message>
        <source>&amp;Booking</source>
        <translation>&amp;Booking</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Reload &amp;everything</source>
        <translation>Reload &amp;everything</translation>
    </message>
    <message>
        <source>Quit Balie</source>
        <translation>Quit Balie</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached the server yet.</source>
        <translation>
            <numerusform>%n change has not reached the server yet.</numerusform>
            <numerusform>%n changes have not reached the server yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are kept on this computer and sent at the next start. The Queue (View menu) shows what waits.</source>
        <translation>
            <numerusform>It is kept on this computer and sent at the next start. The Queue (View menu) shows what waits.</numerusform>
            <numerusform>They are kept on this computer and sent at the next start. The Queue (View menu) shows what waits.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Balie open</source>
        <translation>&amp;Keep Balie open</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent</source>
        <translation>
            <numerusform>%n change not sent</numerusform>
            <numerusform>%n changes not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the queue: the changes the server does not have yet</source>
        <translation>Show the queue: the changes the server does not have yet</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <source>Show the changes the server does not have yet</source>
        <translation>Show the changes the server does not have yet</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be sent: the server refused them.</source>
        <translation>
            <numerusform>%n change could not be sent: the server refused it.</numerusform>
            <numerusform>%n changes could not be sent: the server refused them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the &amp;queue</source>
        <translation>Show the &amp;queue</translation>
    </message>
    <message>
        <source>Not sent: %1. The time was taken meanwhile.</source>
        <translation>Not sent: %1. The time was taken meanwhile.</translation>
    </message>
    <message>
        <source>Choose another &amp;time…</source>
        <translation>Choose another &amp;time…</translation>
    </message>
    <message>
        <source>Not sent: %1. %2</source>
        <translation>Not sent: %1. %2</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Saved: %1.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>Take back the last change made in this organisation</source>
        <translation>Take back the last change made in this organisation</translation>
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
        <translation>Copy the selected rows, tab separated</translation>
    </message>
    <message>
        <source>Filter the current table</source>
        <translation>Filter the current table</translation>
    </message>
    <message>
        <source>Load the current table again</source>
        <translation>Load the current table again</translation>
    </message>
    <message>
        <source>Load every table of the organisation again in full, also to drop what the server deleted</source>
        <translation>Load every table of the organisation again in full, also to drop what the server deleted</translation>
    </message>
    <message>
        <source>Find an organisation by name and make it active</source>
        <translation>Find an organisation by name and make it active</translation>
    </message>
    <message>
        <source>Book an appointment by hand</source>
        <translation>Book an appointment by hand</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Search &amp;everything…</source>
        <translation>Search &amp;everything…</translation>
    </message>
    <message>
        <source>Find a customer, booking or product</source>
        <translation>Find a customer, booking or product</translation>
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
        <translation>Show technical details</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>balie::ui::OrganisationSwitcher</name>
    <message>
        <source>Connection %1</source>
        <translation>Connection %1</translation>
    </message>
    <message>
        <source>Active organisation</source>
        <translation>Active organisation</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>No organisation</translation>
    </message>
    <message>
        <source>Active organisation; %1 searches them all</source>
        <translation>Active organisation; %1 searches them all</translation>
    </message>
</context>
<context>
    <name>balie::ui::OutboxPanel</name>
    <message>
        <source>Drop the change</source>
        <translation>Drop the change</translation>
    </message>
    <message>
        <source>Drop &quot;%1&quot;? It is not sent, and cannot be brought back.</source>
        <translation>Drop &quot;%1&quot;? It is not sent, and cannot be brought back.</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Drop</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Every change has reached the server.</source>
        <translation>Every change has reached the server.</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <source>Send the chosen change again now, with the same key</source>
        <translation>Send the chosen change again now, with the same key</translation>
    </message>
    <message>
        <source>D&amp;rop…</source>
        <translation>D&amp;rop…</translation>
    </message>
    <message>
        <source>Take the chosen change out without sending it</source>
        <translation>Take the chosen change out without sending it</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Changes waiting to be sent</translation>
    </message>
    <message>
        <source>Choose another &amp;time…</source>
        <translation>Choose another &amp;time…</translation>
    </message>
    <message>
        <source>Open the booking at the next free time and book it there</source>
        <translation>Open the booking at the next free time and book it there</translation>
    </message>
</context>
<context>
    <name>balie::ui::ProductEditorDialog</name>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Enter the product&apos;s name.</translation>
    </message>
    <message>
        <source>“%1” is not a valid EAN or UPC code: check the digits, the last one is a check digit.</source>
        <translation>“%1” is not a valid EAN or UPC code: check the digits, the last one is a check digit.</translation>
    </message>
    <message>
        <source>The organisation changed; the product was not saved.</source>
        <translation>The organisation changed; the product was not saved.</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;EAN/UPC:</source>
        <translation>&amp;EAN/UPC:</translation>
    </message>
    <message>
        <source>&amp;Stock on hand:</source>
        <translation>&amp;Stock on hand:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>EAN or UPC code</source>
        <translation>EAN or UPC code</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Stock on hand</translation>
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
        <translation>Switch organisation</translation>
    </message>
    <message>
        <source>Type an organisation or connection name…</source>
        <translation>Type an organisation or connection name…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Search organisations</translation>
    </message>
    <message>
        <source>Matching organisations</source>
        <translation>Matching organisations</translation>
    </message>
    <message>
        <source>No organisation is called that. Enter searches the customers, bookings and products for it.</source>
        <translation>No organisation is called that. Enter searches the customers, bookings and products for it.</translation>
    </message>
</context>
<context>
    <name>balie::ui::RateBudgetLabel</name>
    <message>
        <source>Requests left: %1 of %2 this hour</source>
        <translation>Requests left: %1 of %2 this hour</translation>
    </message>
    <message>
        <source>Requests left: %1 of %2 this minute</source>
        <translation>Requests left: %1 of %2 this minute</translation>
    </message>
    <message>
        <source>Requests left: %1 of %2 this second</source>
        <translation>Requests left: %1 of %2 this second</translation>
    </message>
    <message numerus="yes">
        <source>Requests left: %1 of %2 in %n second(s)</source>
        <translation>
            <numerusform>Requests left: %1 of %2 in %n second</numerusform>
            <numerusform>Requests left: %1 of %2 in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next request in %n second(s)</source>
        <translation>
            <numerusform>next request in %n second</numerusform>
            <numerusform>next request in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>next request at %1</source>
        <translation>next request at %1</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Rate limit</translation>
    </message>
</context>
<context>
    <name>balie::ui::ResourcePage</name>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filter %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save every row of the filtered table as a CSV file</source>
        <translation>Save every row of the filtered table as a CSV file</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <source>Choose the columns to show; drag a header to reorder</source>
        <translation>Choose the columns to show; drag a header to reorder</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancel loading</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Loading progress</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 of %Ln row</numerusform>
            <numerusform>%1 of %Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Not up to date: data as of %1</source>
        <translation>Not up to date: data as of %1</translation>
    </message>
    <message>
        <source>Could not be loaded</source>
        <translation>Could not be loaded</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Load the table again from the server</source>
        <translation>Load the table again from the server</translation>
    </message>
</context>
<context>
    <name>balie::ui::SearchPopup</name>
    <message>
        <source>Search customers, bookings and products</source>
        <translation>Search customers, bookings and products</translation>
    </message>
    <message>
        <source>Name, e-mail, phone, service, &quot;today&quot;, EAN…</source>
        <translation>Name, e-mail, phone, service, &quot;today&quot;, EAN…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>balie::ui::SettingsDialog</name>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>signed out</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <comment>name — kind, address (state)</comment>
        <translation>%1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Remove connection</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its keys are deleted from the keychain.</source>
        <translation>Remove the connection “%1”? Its keys are deleted from the keychain.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Kept on this computer, to open at once and to work offline: %1.</source>
        <translation>Kept on this computer, to open at once and to work offline: %1.</translation>
    </message>
    <message>
        <source>Nothing is kept on this computer yet.</source>
        <translation>Nothing is kept on this computer yet.</translation>
    </message>
    <message>
        <source>Clear local data</source>
        <translation>Clear local data</translation>
    </message>
    <message>
        <source>Clear what is kept on this computer of “%1”? The rows are loaded from the server again; nothing on the server changes.</source>
        <translation>Clear what is kept on this computer of “%1”? The rows are loaded from the server again; nothing on the server changes.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Cleared: %1 freed.</source>
        <translation>Cleared: %1 freed.</translation>
    </message>
    <message>
        <source>&amp;Clear local data…</source>
        <translation>&amp;Clear local data…</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
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
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Open the selected row</translation>
    </message>
    <message>
        <source>Show the suggestions of a customer field</source>
        <translation>Show the suggestions of a customer field</translation>
    </message>
    <message>
        <source>Move to the next field, also out of a date</source>
        <translation>Move to the next field, also out of a date</translation>
    </message>
    <message>
        <source>Choose another booking in the calendar</source>
        <translation>Choose another booking in the calendar</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Arrow keys</translation>
    </message>
    <message>
        <source>Close a dialog or a list</source>
        <translation>Close a dialog or a list</translation>
    </message>
    <message>
        <source>Move the booking chosen in the calendar a quarter of an hour or a day</source>
        <translation>Move the booking chosen in the calendar a quarter of an hour or a day</translation>
    </message>
    <message>
        <source>Make the booking chosen in the calendar a quarter of an hour longer or shorter</source>
        <translation>Make the booking chosen in the calendar a quarter of an hour longer or shorter</translation>
    </message>
</context>
<context>
    <name>balie::ui::TodayPage</name>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Now %1 · next: %2 %3 (%4)</source>
        <translation>Now %1 · next: %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Now %1 · no more appointments today</source>
        <translation>Now %1 · no more appointments today</translation>
    </message>
    <message>
        <source>Only the bookings the Bookings tab&apos;s filters let through are shown: clear its status and customer filters to see the whole day.</source>
        <translation>Only the bookings the Bookings tab&apos;s filters let through are shown: clear its status and customer filters to see the whole day.</translation>
    </message>
    <message>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
    <message>
        <source>No appointments</source>
        <translation>No appointments</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Cancel Booking…</source>
        <translation>Cancel Booking…</translation>
    </message>
    <message>
        <source>Today&apos;s bookings</source>
        <translation>Today&apos;s bookings</translation>
    </message>
</context>
<context>
    <name>balie::ui::WelcomePage</name>
    <message>
        <source>Welcome to Balie</source>
        <translation>Welcome to Balie</translation>
    </message>
    <message>
        <source>No connection is set up yet. Try the demo to see the console at work with sample data and no account, or add a connection to your own server.</source>
        <translation>No connection is set up yet. Try the demo to see the console at work with sample data and no account, or add a connection to your own server.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <source>Add a connection…</source>
        <translation>Add a connection…</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Add a connection</translation>
    </message>
</context>
</TS>
