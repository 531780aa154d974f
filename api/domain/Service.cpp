#include "Service.h"

#include <QTimeZone>

namespace balie::api {

bool Availability::admits(const QDateTime& startTime, int minutes) const
{
    const QTimeZone zone(timeZone);
    if (!zone.isValid() || !start.isValid() || !end.isValid())
        return false;
    const QDateTime local = startTime.toTimeZone(zone);
    const QDateTime localEnd = startTime.addSecs(qint64(minutes) * 60).toTimeZone(zone);
    if (!days.contains(Qt::DayOfWeek(local.date().dayOfWeek())))
        return false;
    if (localEnd.date() != local.date())
        return false;
    return local.time() >= start && localEnd.time() <= end;
}

} // namespace balie::api
