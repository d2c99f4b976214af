"""Writers that turn a loaded event into files people hold: Excel, PDF, iCalendar, JSON."""
