// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "BookingCommands.h"

#include "CliInput.h"
#include "CliSession.h"
#include "ListCollector.h"
#include "RecordTables.h"
#include "ResourceModels.h"
#include "ServiceCommands.h"
#include "domain/Validation.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace balie::cli {

BookingCommands::BookingCommands(CliSession* session, ServiceCommands* services, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_services(services)
{}

void BookingCommands::printBookings(const QString& organisationId, const api::BookingQuery& query,
                                    int limit, const QString& heading,
                                    const std::function<void()>& then)
{
    const auto print = [this, heading, then](const QList<api::Booking>& rows) {
        m_session->out().printList(RecordTables::bookings(rows), heading);
        then();
    };
    if (m_session->isCached())
        ListCollector<api::Booking>::collect(m_session, m_session->kept()->bookings(organisationId),
                                             limit, print, [query](const api::Booking& b) {
                                                 return models::BookingTableModel::matches(query,
                                                                                           b);
                                             });
    else
        ListCollector<api::Booking>::collect(
            m_session, m_session->connector()->bookings(organisationId, query), limit, print);
}

void BookingCommands::list(const Invocation& invocation)
{
    api::BookingQuery query;
    QString why;
    for (const QString& option : {u"from"_s, u"to"_s}) {
        if (!invocation.isSet(option))
            continue;
        const std::optional<QDateTime> when =
            CliInput::dateTime(invocation.value(option), QTimeZone::systemTimeZone(), &why);
        if (!when) {
            m_session->failUsage(u"--"_s + option + u": "_s + why);
            return;
        }
        (option == u"from"_s ? query.from : query.to) = *when;
    }
    if (query.from.isValid() && query.to.isValid() && query.to < query.from) {
        m_session->failUsage(tr("--to lies before --from."));
        return;
    }
    if (invocation.isSet(u"status"_s)) {
        query.status = api::BookingStatuses::fromString(invocation.value(u"status"_s).toLower());
        if (!query.status) {
            m_session->failUsage(tr("Unknown --status \"%1\": use created, confirmed, "
                                    "rescheduled, completed or cancelled.")
                                     .arg(invocation.value(u"status"_s)));
            return;
        }
    }
    query.customerId = invocation.value(u"customer"_s);
    m_session->openConnection([this, query] {
        if (!m_session->require(api::Capability::Bookings, tr("bookings")))
            return;
        const QString organisation = m_session->organisationId();
        if (organisation.isEmpty())
            return;
        printBookings(organisation, query, m_session->options().limit, {},
                      [this] { m_session->finish(); });
    });
}

void BookingCommands::resolveZone(const QString& organisationId, const QString& serviceId,
                                  const std::function<void(const QTimeZone&)>& then,
                                  bool ofABooking)
{
    if (!m_timeZoneOption.isEmpty()) {
        QString why;
        const std::optional<QTimeZone> zone = CliInput::timeZone(m_timeZoneOption, &why);
        if (!zone) {
            m_session->failUsage(why);
            return;
        }
        then(*zone);
        return;
    }
    if (!m_session->connector()->can(api::Capability::Services) || serviceId.isEmpty()) {
        m_session->out().info(tr("Times are read in this computer's time zone (%1); pass --tz "
                                 "to choose another.")
                                  .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
        then(QTimeZone::systemTimeZone());
        return;
    }
    // A booking may name its service by name instead of id: then no service found means the
    // zone is unknown, not that the booking is wrong.
    std::function<void()> ifMissing;
    if (ofABooking) {
        ifMissing = [this, serviceId] {
            m_session->failUsage(
                tr("The booking's service \"%1\" is not among the services listed, so its time "
                   "zone is unknown. Say which with --tz, such as --tz Europe/Amsterdam.")
                    .arg(serviceId));
        };
    }
    m_services->find(
        organisationId, serviceId,
        [this, then](const api::Service& service) {
            const QByteArray id = service.availability.timeZone;
            if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id)) {
                then(QTimeZone(id));
                return;
            }
            m_session->out().info(tr("The service names no time zone; times are read in this "
                                     "computer's (%1).")
                                      .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
            then(QTimeZone::systemTimeZone());
        },
        ifMissing);
}

void BookingCommands::reportBooking(const QString& message, const api::Booking& booking)
{
    m_session->out().info(message);
    m_session->out().printRecord(RecordTables::bookings({booking}));
    m_session->finish();
}

void BookingCommands::failWithConflict(const api::ApiError& error, const QTimeZone& serviceZone)
{
    QStringList notes;
    const QDateTime next = error.nextAvailable();
    if (next.isValid()) {
        const QLocale locale;
        const QDateTime inZone = next.toTimeZone(serviceZone);
        notes << tr("The next available time is %1 (%2 %3; %4).")
                     .arg(models::Format::dateTime(next),
                          locale.toString(inZone, QLocale::ShortFormat),
                          QString::fromUtf8(serviceZone.id()),
                          RecordTables::isoUtc(next).toString());
    }
    m_session->fail(error, notes);
}

void BookingCommands::create(const Invocation& invocation)
{
    api::BookingDraft draft;
    draft.serviceId = invocation.value(u"service"_s);
    draft.customerId = invocation.value(u"customer"_s);
    draft.customerName = invocation.value(u"customer-name"_s);
    draft.customerEmail = invocation.value(u"customer-email"_s);
    draft.note = invocation.value(u"note"_s);
    m_timeZoneOption = invocation.value(u"tz"_s);
    const QString at = invocation.value(u"at"_s);
    if (draft.serviceId.isEmpty()) {
        m_session->failUsage(tr("Say which service with --service ID (see: balie-cli services "
                                "list)."));
        return;
    }
    const bool inlineCustomer = !draft.customerName.isEmpty() || !draft.customerEmail.isEmpty();
    if (draft.customerId.isEmpty() == !inlineCustomer) {
        m_session->failUsage(tr("Say who the booking is for: either --customer ID, or "
                                "--customer-name NAME with --customer-email ADDRESS."));
        return;
    }
    if (inlineCustomer) {
        if (draft.customerName.isEmpty()) {
            m_session->failUsage(tr("Give the customer's name with --customer-name."));
            return;
        }
        if (!api::Validation::isValidEmail(draft.customerEmail)) {
            m_session->failUsage(
                tr("\"%1\" is not a valid e-mail address.").arg(draft.customerEmail));
            return;
        }
    }
    if (at.isEmpty()) {
        m_session->failUsage(tr("Say when with --at, such as --at \"2026-11-24 10:00\"."));
        return;
    }
    QString why;
    if (!CliInput::hasExplicitZone(at) && !CliInput::dateTime(at, QTimeZone(0), &why)) {
        m_session->failUsage(why);
        return;
    }
    if (invocation.isSet(u"duration"_s)) {
        const std::optional<qint64> minutes =
            CliInput::integer(invocation.value(u"duration"_s), 1, 24 * 60, u"duration"_s, &why);
        if (!minutes) {
            m_session->failUsage(why);
            return;
        }
        draft.durationMinutes = int(*minutes);
    }
    if (!m_timeZoneOption.isEmpty() && !CliInput::timeZone(m_timeZoneOption, &why)) {
        m_session->failUsage(why);
        return;
    }

    const std::optional<QByteArray> key = m_session->idempotencyKey(invocation);
    if (!key)
        return;
    m_session->openConnection([this, draft, at, key = *key] {
        if (!m_session->require(api::Capability::CreateBooking, tr("creating bookings")))
            return;
        const QString organisation = m_session->organisationId();
        if (organisation.isEmpty())
            return;
        resolveZone(
            organisation, draft.serviceId,
            [this, organisation, draft, at, key](const QTimeZone& zone) {
                QString problem;
                const std::optional<QDateTime> when = CliInput::dateTime(at, zone, &problem);
                if (!when) {
                    m_session->failUsage(problem);
                    return;
                }
                api::BookingDraft d = draft;
                d.scheduledAt = *when;
                // One key for this booking: a retry never books twice.
                auto* job = m_session->connector()->createBooking(organisation, d, key);
                connect(job, &api::ApiJob::finished, this, [this, job, zone] {
                    if (!job->isOk()) {
                        if (job->error().kind() == api::ApiError::Kind::Conflict)
                            failWithConflict(job->error(), zone);
                        else
                            m_session->fail(job->error());
                        return;
                    }
                    reportBooking(tr("Created the booking %1.").arg(job->value().id), job->value());
                });
            });
    });
}

void BookingCommands::sendReschedule(const QString& organisationId, const QString& bookingId,
                                     const QString& at, const QTimeZone& zone)
{
    QString problem;
    const std::optional<QDateTime> when = CliInput::dateTime(at, zone, &problem);
    if (!when) {
        m_session->failUsage(problem);
        return;
    }
    auto* job = m_session->connector()->bookingAction(
        organisationId, bookingId, api::BookingAction::Reschedule, *when, m_newDuration);
    connect(job, &api::ApiJob::finished, this, [this, job, zone] {
        if (!job->isOk()) {
            if (job->error().kind() == api::ApiError::Kind::Conflict)
                failWithConflict(job->error(), zone);
            else
                m_session->fail(job->error());
            return;
        }
        reportBooking(tr("Moved the booking %1.").arg(job->value().id), job->value());
    });
}

void BookingCommands::reschedule(const Invocation& invocation)
{
    const QString bookingId = invocation.arg(0).trimmed();
    const QString at = invocation.value(u"at"_s);
    m_timeZoneOption = invocation.value(u"tz"_s);
    QString why;
    if (at.isEmpty()) {
        m_session->failUsage(tr("Say when with --at, such as --at \"2026-11-24 10:00\"."));
        return;
    }
    if (!CliInput::hasExplicitZone(at) && !CliInput::dateTime(at, QTimeZone(0), &why)) {
        m_session->failUsage(why);
        return;
    }
    if (!m_timeZoneOption.isEmpty() && !CliInput::timeZone(m_timeZoneOption, &why)) {
        m_session->failUsage(why);
        return;
    }
    m_newDuration = 0;
    if (invocation.isSet(u"duration"_s)) {
        const std::optional<qint64> minutes =
            CliInput::integer(invocation.value(u"duration"_s), 5, 600, u"duration"_s, &why);
        if (!minutes) {
            m_session->failUsage(why);
            return;
        }
        m_newDuration = int(*minutes);
    }
    m_session->openConnection([this, bookingId, at] {
        if (!m_session->require(api::Capability::BookingActions, tr("changing bookings")))
            return;
        if (m_newDuration > 0 &&
            !m_session->require(api::Capability::ChangeDuration, tr("changing a booking's length")))
            return;
        const QString organisation = m_session->organisationId();
        if (organisation.isEmpty())
            return;
        if (!m_timeZoneOption.isEmpty() || CliInput::hasExplicitZone(at) ||
            !m_session->connector()->can(api::Capability::Bookings)) {
            resolveZone(organisation, QString(), [=, this](const QTimeZone& zone) {
                sendReschedule(organisation, bookingId, at, zone);
            });
            return;
        }
        // The wall-clock time is the booking's service's: find the booking, then its service.
        ListCollector<api::Booking>::collect(
            m_session, m_session->connector()->bookings(organisation, {}), 1,
            [=, this](const QList<api::Booking>& found) {
                if (found.isEmpty()) {
                    m_session->fail(ExitCode::NotFound,
                                    tr("There is no booking with the id \"%1\".").arg(bookingId));
                    return;
                }
                resolveZone(
                    organisation, found.first().serviceId,
                    [=, this](const QTimeZone& zone) {
                        sendReschedule(organisation, bookingId, at, zone);
                    },
                    true);
            },
            [bookingId](const api::Booking& b) { return b.id == bookingId; });
    });
}

void BookingCommands::act(api::BookingAction action, const Invocation& invocation)
{
    const QString bookingId = invocation.arg(0).trimmed();
    m_session->openConnection([this, action, bookingId] {
        if (!m_session->require(api::Capability::BookingActions, tr("changing bookings")))
            return;
        const QString organisation = m_session->organisationId();
        if (organisation.isEmpty())
            return;
        auto* job = m_session->connector()->bookingAction(organisation, bookingId, action);
        connect(job, &api::ApiJob::finished, this, [this, job] {
            if (!job->isOk()) {
                m_session->fail(job->error());
                return;
            }
            const api::Booking& booking = job->value();
            reportBooking(tr("The booking %1 is now %2.")
                              .arg(booking.id, api::BookingStatuses::displayName(booking.status)),
                          booking);
        });
    });
}

} // namespace balie::cli
