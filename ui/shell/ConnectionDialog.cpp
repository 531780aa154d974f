// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ConnectionDialog.h"

#include "MessageBar.h"
#include "Operation.h"
#include "PlainText.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace balie::ui {

using api::AuthScheme;

ConnectionDialog::ConnectionDialog(models::Workspace* workspace,
                                   const api::ConnectionSettings& existing, QWidget* parent)
    : EditorDialog(parent)
    , m_workspace(workspace)
    , m_existing(existing)
{
    setObjectName(u"connectionDialog"_s);
    m_flavour = new QComboBox(this);
    m_flavour->setObjectName(u"flavour"_s);
    for (api::Flavour f : api::Flavours::all())
        m_flavour->addItem(api::Flavours::info(f).displayName, int(f));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"url"_s);
    m_auth = new QComboBox(this);
    m_auth->setObjectName(u"auth"_s);
    m_username = new QLineEdit(this);
    m_username->setObjectName(u"username"_s);
    m_email = new QLineEdit(this);
    m_email->setObjectName(u"email"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_key = new QLineEdit(this);
    m_key->setObjectName(u"apiKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_budget = new QSpinBox(this);
    m_budget->setObjectName(u"requestBudget"_s);
    m_budget->setRange(0, 1'000'000);
    m_budget->setGroupSeparatorShown(true);
    m_offsetUnit = new QComboBox(this);
    m_offsetUnit->setObjectName(u"offsetUnit"_s);
    m_offsetUnit->addItem(QString(), false);
    m_offsetUnit->addItem(QString(), true);
    m_test = new QPushButton(this);
    m_test->setObjectName(u"testConnection"_s);
    buttons()->addButton(m_test, QDialogButtonBox::ActionRole);

    m_flavourLabel = plainLabel(this);
    m_nameLabel = plainLabel(this);
    m_urlLabel = plainLabel(this);
    m_authLabel = plainLabel(this);
    m_usernameLabel = plainLabel(this);
    m_emailLabel = plainLabel(this);
    m_passwordLabel = plainLabel(this);
    m_keyLabel = plainLabel(this);
    m_secretLabel = plainLabel(this);
    m_budgetLabel = plainLabel(this);
    m_offsetUnitLabel = plainLabel(this);
    m_form = new QFormLayout;
    m_form->addRow(m_flavourLabel, withError(m_flavour, u"flavour"_s));
    m_form->addRow(m_nameLabel, withError(m_name, u"name"_s));
    m_form->addRow(m_urlLabel, withError(m_url, u"url"_s));
    m_form->addRow(m_authLabel, withError(m_auth, u"auth"_s));
    m_form->addRow(m_usernameLabel, withError(m_username, u"username"_s));
    m_form->addRow(m_emailLabel, withError(m_email, u"email"_s));
    m_form->addRow(m_passwordLabel, withError(m_password, u"password"_s));
    m_form->addRow(m_keyLabel, withError(m_key, u"apiKey"_s));
    m_form->addRow(m_secretLabel, withError(m_secret, u"secret"_s));
    m_form->addRow(m_budgetLabel, m_budget);
    m_form->addRow(m_offsetUnitLabel, m_offsetUnit);
    for (auto [label, field] :
         std::initializer_list<std::pair<QLabel*, QWidget*>>{{m_flavourLabel, m_flavour},
                                                             {m_nameLabel, m_name},
                                                             {m_urlLabel, m_url},
                                                             {m_authLabel, m_auth},
                                                             {m_usernameLabel, m_username},
                                                             {m_emailLabel, m_email},
                                                             {m_passwordLabel, m_password},
                                                             {m_keyLabel, m_key},
                                                             {m_secretLabel, m_secret},
                                                             {m_budgetLabel, m_budget},
                                                             {m_offsetUnitLabel, m_offsetUnit}})
        label->setBuddy(field);
    setForm(m_form);
    setMinimumWidth(520);

    if (!existing.id.isEmpty()) {
        m_flavour->setCurrentIndex(m_flavour->findData(int(existing.flavour)));
        m_flavour->setEnabled(false); // another kind of server is another connection
        m_name->setText(existing.name);
        m_url->setText(existing.baseUrl.toString());
        m_username->setText(existing.username);
        m_email->setText(existing.email);
        m_budget->setValue(existing.requestBudget);
        m_offsetUnit->setCurrentIndex(existing.offsetCountsPages ? 1 : 0);
    }
    flavourChanged();
    if (!existing.id.isEmpty())
        m_auth->setCurrentIndex(qMax(0, m_auth->findData(int(existing.auth))));
    updateFields();

    connect(m_flavour, &QComboBox::currentIndexChanged, this, &ConnectionDialog::flavourChanged);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFields);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    retranslateUi();
    m_initial = snapshot();
}

ConnectionDialog::~ConnectionDialog()
{
    if (m_testJob)
        m_testJob->cancel();
}

api::FlavourInfo ConnectionDialog::currentFlavour() const
{
    return api::Flavours::info(api::Flavour(m_flavour->currentData().toInt()));
}

void ConnectionDialog::flavourChanged()
{
    const api::FlavourInfo info = currentFlavour();
    const QSignalBlocker block(m_auth);
    m_auth->clear();
    for (AuthScheme scheme : info.authSchemes)
        m_auth->addItem(api::Flavours::authSchemeDisplayName(scheme), int(scheme));
    m_url->setPlaceholderText(info.exampleBaseUrl);
    if (m_name->text().isEmpty() || m_existing.id.isEmpty())
        m_name->setPlaceholderText(info.displayName);
    updateFields();
}

void ConnectionDialog::updateFields()
{
    const auto scheme = AuthScheme(m_auth->currentData().toInt());
    const bool login = scheme == AuthScheme::Login;
    const bool several = m_auth->count() > 1;
    m_form->setRowVisible(m_authLabel, several);
    m_form->setRowVisible(m_usernameLabel, login);
    m_form->setRowVisible(m_emailLabel, login);
    m_form->setRowVisible(m_passwordLabel, login);
    m_form->setRowVisible(m_keyLabel, !login);
    m_form->setRowVisible(m_secretLabel, api::Flavours::needsSecret(scheme));
    const api::FlavourInfo info = currentFlavour();
    m_form->setRowVisible(m_budgetLabel, info.rateLimit.exists());
    m_form->setRowVisible(m_offsetUnitLabel, info.offsetUnitUndocumented);
    retranslateUi();
}

api::ConnectionSettings ConnectionDialog::settings() const
{
    api::ConnectionSettings s = m_existing;
    s.flavour = api::Flavour(m_flavour->currentData().toInt());
    s.name = m_name->text().trimmed();
    if (s.name.isEmpty())
        s.name = m_name->placeholderText();
    s.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    s.auth = AuthScheme(m_auth->currentData().toInt());
    s.username = m_username->text().trimmed();
    s.email = m_email->text().trimmed();
    const api::FlavourInfo info = api::Flavours::info(s.flavour);
    s.requestBudget = info.rateLimit.exists() ? m_budget->value() : 0;
    s.offsetCountsPages = info.offsetUnitUndocumented && m_offsetUnit->currentData().toBool();
    return s;
}

api::Credentials ConnectionDialog::credentials() const
{
    api::Credentials c;
    if (settings().auth != AuthScheme::Login) {
        c.apiKey = m_key->text().trimmed().toUtf8();
        if (api::Flavours::needsSecret(settings().auth))
            c.secret = m_secret->text().trimmed().toUtf8();
    }
    return c;
}

QString ConnectionDialog::snapshot() const
{
    return QStringList{m_flavour->currentText(),
                       m_name->text(),
                       m_url->text(),
                       m_auth->currentText(),
                       m_username->text(),
                       m_email->text(),
                       m_password->text(),
                       m_key->text(),
                       m_secret->text(),
                       QString::number(m_budget->value()),
                       QString::number(m_offsetUnit->currentIndex())}
        .join(u'\x1f');
}

bool ConnectionDialog::hasUnsavedChanges() const
{
    return snapshot() != m_initial;
}

bool ConnectionDialog::validateFields(bool forTest)
{
    clearErrors();
    const api::ConnectionSettings s = settings();
    const QString problem = s.validate();
    if (!problem.isEmpty()) {
        using Invalid = api::ConnectionSettings::Field;
        const Invalid at = s.invalidField();
        setFieldError(at == Invalid::Name       ? u"name"_s
                      : at == Invalid::Auth     ? u"auth"_s
                      : at == Invalid::Username ? u"username"_s
                      : at == Invalid::Email    ? u"email"_s
                                                : u"url"_s,
                      problem);
    }
    const bool editing = !m_existing.id.isEmpty();
    if (s.auth == AuthScheme::Login) {
        if (forTest && m_password->text().isEmpty())
            setFieldError(u"password"_s, tr("Enter the password to test signing in."));
    } else {
        if (m_key->text().trimmed().isEmpty() && (forTest || !editing))
            setFieldError(u"apiKey"_s, tr("Enter the API key."));
        if (api::Flavours::needsSecret(s.auth) && m_secret->text().trimmed().isEmpty() &&
            (forTest || !editing))
            setFieldError(u"secret"_s, tr("Enter the secret key."));
    }
    return noFieldErrors();
}

void ConnectionDialog::testConnection()
{
    if (m_testJob || isBusy() || !validateFields(true))
        return;
    models::Operation* job =
        m_workspace->testConnection(settings(), credentials(), m_password->text());
    m_testJob = job;
    m_test->setEnabled(false);
    m_test->setText(tr("Testing…"));
    messageBar()->showMessage(tr("Testing the connection…"), MessageBar::Level::Info);
    connect(job, &models::Operation::finished, this, &ConnectionDialog::testFinished);
}

void ConnectionDialog::testFinished(models::Operation* job)
{
    m_testJob = nullptr;
    m_test->setEnabled(true);
    retranslateUi();
    if (job->isOk()) {
        messageBar()->showMessage(tr("The connection works."), MessageBar::Level::Info);
        return;
    }
    const api::ApiError& error = job->error();
    messageBar()->dismiss();
    using Kind = api::ApiError::Kind;
    const bool login = settings().auth == AuthScheme::Login;
    switch (error.kind()) {
    case Kind::Auth:
    case Kind::LoginRequired:
    case Kind::Forbidden:
        setFieldError(login ? u"password"_s : u"apiKey"_s, error.message());
        noFieldErrors();
        messageBar()->showMessage(error.message(), MessageBar::Level::Error,
                                  error.technicalDetails());
        break;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::NotFound:
    case Kind::Insecure:
    case Kind::BadResponse:
        setFieldError(u"url"_s, error.message());
        noFieldErrors();
        messageBar()->showMessage(error.message(), MessageBar::Level::Error,
                                  error.technicalDetails());
        break;
    default:
        showApiError(error);
        break;
    }
}

void ConnectionDialog::save()
{
    if (!validateFields(false))
        return;
    setBusy(true);
    const QPointer<ConnectionDialog> self(this);
    // The password signs in at once (only the session's refresh token is kept, never the
    // password): nobody types it twice.
    const QString password = settings().auth == AuthScheme::Login ? m_password->text() : QString();
    m_workspace->saveConnection(
        settings(), credentials(),
        [self](bool ok, const QString& why) {
            if (!self)
                return;
            self->setBusy(false);
            if (ok) {
                self->acceptAndClose();
                return;
            }
            // Most often: no keychain works. Nothing was saved; everything typed stays.
            self->messageBar()->showMessage(tr("The connection was not saved: %1").arg(why),
                                            MessageBar::Level::Error);
        },
        password);
}

void ConnectionDialog::retranslateUi()
{
    EditorDialog::retranslateUi();
    setWindowTitle(m_existing.id.isEmpty() ? tr("New connection") : tr("Edit connection"));
    m_flavourLabel->setText(tr("&Kind of server:"));
    m_nameLabel->setText(tr("&Name:"));
    m_urlLabel->setText(tr("Server &address:"));
    m_authLabel->setText(tr("Sign in &with:"));
    m_usernameLabel->setText(tr("&User name:"));
    m_emailLabel->setText(tr("&E-mail address:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_keyLabel->setText(tr("API &key:"));
    m_secretLabel->setText(tr("&Secret key:"));
    m_budgetLabel->setText(tr("Request &budget:"));
    m_offsetUnitLabel->setText(tr("&Offset counts:"));
    const api::RateLimit limit = currentFlavour().rateLimit;
    const QString window = limit.window == api::RateLimit::Window::Second   ? tr("per second")
                           : limit.window == api::RateLimit::Window::Minute ? tr("per minute")
                                                                            : tr("per hour");
    m_budget->setSuffix(u' ' + window);
    m_budget->setSpecialValueText(
        tr("As documented: %1 %2").arg(QLocale().toString(limit.documented), window));
    m_budget->setToolTip(limit.creationsOnly
                             ? tr("How many bookings your plan lets Balie create in this time. "
                                  "Balie never sends more, also from several windows or "
                                  "balie-cli at once.")
                             : tr("How many requests your plan allows in this time. Balie never "
                                  "sends more, also from several windows or balie-cli at once."));
    m_offsetUnit->setItemText(0, tr("Items (the usual meaning)"));
    m_offsetUnit->setItemText(1, tr("Pages"));
    m_offsetUnit->setToolTip(tr("What this server's offset parameter counts. If lists come out "
                                "too short, Balie says so; then try the other choice."));
    m_password->setPlaceholderText(tr("Signs in when you save; only a session is kept"));
    const bool editing = !m_existing.id.isEmpty();
    m_key->setPlaceholderText(editing ? tr("Unchanged") : QString());
    m_secret->setPlaceholderText(editing ? tr("Unchanged") : QString());
    for (QLabel* label :
         {m_flavourLabel, m_nameLabel, m_urlLabel, m_authLabel, m_usernameLabel, m_emailLabel,
          m_passwordLabel, m_keyLabel, m_secretLabel, m_budgetLabel, m_offsetUnitLabel}) {
        QString name = label->text();
        name.remove(u'&');
        if (name.endsWith(u':'))
            name.chop(1);
        label->buddy()->setAccessibleName(name);
    }
    if (!m_testJob)
        m_test->setText(tr("&Test connection"));
    m_test->setToolTip(tr("Try the connection with the cheapest request"));
}

} // namespace balie::ui
