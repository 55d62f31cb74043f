//! `try {..} catch ($e) {..} finally {..}` (feature 'try'): compiled to `StmtKind::Try`;
//! the catch variable is a lexical of the catch block's scope.

use super::node::StmtKind;
use super::Compiler;
use lang::ast;

impl<'a> Compiler<'a> {
    pub(super) fn try_catch(
        &mut self,
        body: &ast::Block,
        catch: &Option<(String, ast::Block)>,
        finally: &Option<ast::Block>,
    ) -> StmtKind {
        use super::experimental::QUIET_TRY;
        let line = self.line(body.span);
        self.experimental_warning(QUIET_TRY, "try/catch", line);
        if let Some((_, c)) = catch {
            let line = self.line(c.span);
            self.experimental_warning(QUIET_TRY, "try/catch", line);
        }
        if let Some(f) = finally {
            let line = self.line(f.span);
            self.experimental_warning(QUIET_TRY, "try/catch/finally", line);
        }
        let body = self.block(body);
        let catch = catch.as_ref().map(|(var, blk)| {
            self.push_scope();
            let (_, slot) = self.declare('$', var);
            let blk = self.block(blk);
            self.pop_scope();
            (slot, blk)
        });
        let finally = finally.as_ref().map(|b| self.block(b));
        StmtKind::Try {
            body,
            catch,
            finally,
        }
    }
}
