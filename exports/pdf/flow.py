"""The page flow: blocks placed down each page's one frame, as reportlab's SimpleDocTemplate
placed ours (its frame, spacing, keep-with-next and splitting), without its general machinery."""

from __future__ import annotations

from typing import Protocol

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.doctemplate import LayoutError

from exports.pdf.canvas import BOTTOM_MARGIN, MARGIN

FRAME_PADDING = 6
"""reportlab's Frame padding, on every side."""
FUZZ = 1e-6
"""reportlab's slack when it checks that a block fits."""


class Block(Protocol):
    """Something placed in the flow: a paragraph, a table, a space."""

    space_before: float
    space_after: float
    keep_with_next: bool
    width: float
    """Known once wrapped."""

    def wrap(self, width: float) -> float:
        """Lay the block out in a frame ``width`` wide; its height."""

    def least_height(self, width: float, page: float) -> float:
        """The least of it that may stand at the foot of a page (what a heading before it
        needs beside it), with ``page`` the height of a whole page's frame."""

    def split(self, width: float, height: float, page: float) -> list[Block]:
        """What fits in ``height`` and the rest; nothing when it cannot be split so. ``page``
        is the height of a whole page's frame."""

    def draw(self, canv: Canvas, x: float, y: float) -> None:
        """Draw it with its lower left corner at (x, y)."""


class PageFlow:
    """Places blocks down the page and onto new pages.

    As reportlab's frame does: the space before a block is left out at the top of a page and
    overlaps the space after the block before it; a block that does not fit is split (a
    paragraph by lines, a table by rows, a row taller than a page by its lines) or moves whole
    to the next page; a block kept with the next one (a heading) moves on with it when the two
    do not fit together.
    """

    def __init__(self, canv: Canvas, page_size: tuple[float, float]) -> None:
        page_width, page_height = page_size
        self.canv = canv
        self.left = MARGIN + FRAME_PADDING
        self.width = page_width - 2 * MARGIN - 2 * FRAME_PADDING
        self.top = page_height - MARGIN - FRAME_PADDING
        self.bottom = BOTTOM_MARGIN + FRAME_PADDING
        self.shown = 0
        """Pages finished so far: the number (from 0) of the page being filled."""
        self._top_of_page()

    def _top_of_page(self) -> None:
        self.y = self.top
        self.at_top = True
        self.after = 0.0
        """The space after the last block placed."""

    def new_page(self) -> None:
        self.canv.showPage()
        self.shown += 1
        self._top_of_page()

    def place(self, blocks: list[Block]) -> None:
        """Place the blocks in order, from where the flow is."""
        queue = blocks[::-1]  # the next block last
        loose: set[Block] = set()  # blocks of a group already kept together
        postponed: set[Block] = set()  # blocks moved to a new page because they did not fit
        while queue:
            block = queue.pop()
            if block.keep_with_next and block not in loose:
                group = [block]
                while queue and queue[-1].keep_with_next:
                    group.append(queue.pop())
                if queue:
                    group.append(queue.pop())
                self._keep_together(group)
                loose.update(group)
                queue.extend(reversed(group))
                continue
            if self._add(block):
                continue
            parts = self._split(block)
            if parts:
                if not self._add(parts[0]):
                    raise LayoutError(f"the first part of a split {type(block).__name__} "
                                      f"does not fit where it was cut to fit")
                queue.extend(reversed(parts[1:]))
                if len(parts) > 1:  # the rest starts the next page, also where a table was
                    self.new_page()  # cut short of the foot (a heading or a last row kept)
            elif block in postponed:
                raise LayoutError(f"a {type(block).__name__} ({block.wrap(self.width):.0f} pt) "
                                  f"taller than a page ({self.top - self.bottom:.0f} pt) that "
                                  f"cannot be split")
            else:
                postponed.add(block)
                queue.append(block)
                self.new_page()

    def finish(self) -> None:
        self.canv.showPage()
        self.shown += 1

    def _space_before(self, block: Block) -> float:
        return 0 if self.at_top else max(block.space_before - self.after, 0)

    def _add(self, block: Block) -> bool:
        """Draw the block here if it fits (Frame._add)."""
        space = self._space_before(block)
        y = self.y
        if y - self.bottom - space <= 0:
            return False
        height = block.wrap(self.width) + space
        if y - height < self.bottom - FUZZ:
            return False
        block.draw(self.canv, self.left + (self.width - block.width) / 2, y - height)
        after = block.space_after
        self.after = after
        if height + after:
            self.at_top = False
        self.y = y - height - after
        return True

    def _split(self, block: Block) -> list[Block]:
        """The block split to fit what is left of the page (Frame.split)."""
        room = self.y - self.bottom - self._space_before(block)
        return block.split(self.width, room, self.top - self.bottom) if room > 0 else []

    def _keep_together(self, group: list[Block]) -> None:
        """A new page first when the group does not fit together on this one (reportlab's
        KeepTogether, which keepWithNext makes), of its last block only the least that may
        end a page (the header and first row of a table)."""
        room = self.y - self.bottom - self._space_before(group[0])
        if room <= 0 or not self.at_top and _stacked_height(
                group, self.width, self.top - self.bottom) > room:
            self.new_page()


def _stacked_height(blocks: list[Block], width: float, page: float) -> float:
    """The height of blocks one under the other, their spaces overlapping (_listWrapOn), the
    last one's least height only."""
    total = after = 0.0
    first = True
    last = blocks[-1]
    for block in blocks:
        height = block.wrap(width) if block is not last else block.least_height(width, page)
        if height <= FUZZ:
            continue
        total += height
        if first:
            first = False
        else:
            total += max(block.space_before - after, 0)
        after = block.space_after
        total += after
    return total - after
