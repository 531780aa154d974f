// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "DemoConnection.h"

#include "Workspace.h"
#include "config/ConnectionStore.h"

#include <QCoreApplication>

namespace balie::ui::DemoConnection {

models::Operation* open(models::Workspace* workspace, const QUrl& baseUrl, const Account& account)
{
    api::ConnectionStore* store = workspace->connectionStore();
    // A demo run starts clean: the server of an earlier run is gone.
    const QList<api::ConnectionSettings> old = store->connections();
    for (const api::ConnectionSettings& s : old)
        store->remove(s.id);

    api::ConnectionSettings s;
    s.name = QCoreApplication::translate("balie::ui::DemoConnection", "Balie platform (demo)");
    s.flavour = api::Flavour::Balie;
    s.baseUrl = baseUrl;
    s.auth = api::AuthScheme::Login;
    s.username = account.username;
    s.email = account.email;
    s = store->save(s);
    workspace->useInMemoryCredentials(s.id, {});
    return workspace->login(s.id, account.password);
}

} // namespace balie::ui::DemoConnection
