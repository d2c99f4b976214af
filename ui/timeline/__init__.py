"""The day timeline: rooms as columns, time going down, sessions as blocks to drag and stretch.

A coordinator sees a whole day at once, each session coloured by how it is interpreted
and marked where the rules found a problem. Dragging a block moves the session in time
or to another room; dragging its bottom edge changes its end. A gesture becomes one
undoable command when the mouse is released, never while it moves. The blocks show the
event's texts; the bar above them (day, zoom, legend) speaks the interface's language.
"""

from ui.timeline.scene import MARK_COLOURS, MODE_COLOURS
from ui.timeline.widget import DayTimeline

__all__ = ["MARK_COLOURS", "MODE_COLOURS", "DayTimeline"]
