<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached. Check the network connection and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not found. It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflicts with the current state on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. The next request can go at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer Balie does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection does not offer this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balie only connects over https, except to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>general message, then the server&apos;s own words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorParser</name>
    <message>
        <source>The answer was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page instead of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::api::ApiJob</name>
    <message>
        <source>The connection closed before the whole answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::api::BookingStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::api::ConnectionSettings</name>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, for example https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http:// only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of server does not support that way of signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in needs both the user name and the e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::api::CredentialStore</name>
    <message>
        <source>No saved secret was found for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock your keyring (for example by logging in to the desktop again) and try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so Balie cannot keep passwords and keys safely. Install and start a Secret Service such as GNOME Keyring or KWallet, then start Balie again. Balie never stores secrets in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not remove the secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::api::DomainJson</name>
    <message>
        <source>row %1: &quot;%2&quot; is not readable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::api::Flavours</name>
    <message>
        <source>Balie platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otesse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telesto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outseta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key and secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::api::JsonFields</name>
    <message>
        <source>a row without &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::api::ListJob</name>
    <message>
        <source>The server pointed to another server (%1) for the next page; Balie did not follow, so that your credentials stay with this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::api::Paginator</name>
    <message>
        <source>expected a page with &quot;results&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a page with &quot;data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a page with &quot;items&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::cli::AuthCommands</name>
    <message>
        <source>The connection &quot;%1&quot; signs in with an API key, not with a password: there is no session to log in to or out of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 (%2) on %3: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given. Type it at the prompt, or send it on standard input (one line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to &quot;%1&quot; as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::cli::CliInput</name>
    <message>
        <source>%1 does not exist in the time zone %2 (the clocks skip it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time. Write it as 2026-11-24 10:00, or in ISO 8601 such as 2026-11-24T09:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone. Use an IANA name such as Europe/Amsterdam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (such as EUR or USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one currency, such as EUR,USD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::cli::CliOutput</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <comment>below a table</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balie::cli::CliSession</name>
    <message>
        <source>There is no connection named &quot;%1&quot;. See the list with: balie-cli connections list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection yet. Add one with: balie-cli connections add NAME --flavour FLAVOUR --url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection is active. Choose one with --connection NAME, or make one active with: balie-cli connections use NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation is chosen. Pass --org ID, or make one active with: balie-cli organisations activate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is a %2 server, which does not offer %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new session could not be kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field, then what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next request can go at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See: balie-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::cli::ConnectionCommands</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already. Remove it first, or pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what kind of server this is with --flavour (balie, oas, otesse, booking, telesto or outseta).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --flavour &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 server signs in with --auth %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server address with --url, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key was given. Type it at the prompt, or send it on standard input (one line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret key was given. Send it on the line after the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the connection &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with: balie-cli login --connection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it with: balie-cli connections test --connection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the connection &quot;%1&quot; and its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the active connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::cli::CustomerCommands</name>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of the customers changed after a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer&apos;s name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer&apos;s e-mail address with --email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the customer &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::cli::OrganisationCommands</name>
    <message>
        <source>Give the organisation a name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the base currency with --base-currency, such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base currency %1 must be one of --currencies (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image needs a web address such as https://example.com/logo.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the organisation &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is now the active organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection has one organisation only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::cli::ProductCommands</name>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the product&apos;s name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the product&apos;s EAN or UPC code with --ean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid EAN or UPC code: it needs 8, 12, 13 or 14 digits with a correct check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the product &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::cli::RecordTables</name>
    <message>
        <source>%1 min</source>
        <comment>a duration in minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>opening hours: from, to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAN/UPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>stock</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balie::cli::ServiceCommands</name>
    <message>
        <source>services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service with the id &quot;%1&quot;. See them with: balie-cli services list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
